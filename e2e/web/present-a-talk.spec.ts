/**
 * A speaker presents the whole talk with a keyboard or clicker, in the very build
 * Electron loads, served as static files. (The clicker through every step, each text
 * readable inside the stage, and the data-article marking of every scene are checked in
 * every-step.spec.ts, on its walks through the deck.)
 */
import { deck, expect, expectSettledAt, openDeck, openPresenter, shownPosition, stepsOnScreen, test } from '../fixtures.ts';

test('previous, first, last and go-to-scene keys move as documented', async ({ page }) => {
  await openDeck(page, '#/the-blade/2');
  await expectSettledAt(page, 'the-blade', 2);
  await page.keyboard.press('PageUp');
  await expectSettledAt(page, 'the-blade', 1);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await expectSettledAt(page, 'the-scar', 1);
  await page.keyboard.press('End');
  await expectSettledAt(page, deck.scenes.length - 1, deck.scenes.at(-1)!.steps.length - 1);
  await page.keyboard.press('Home');
  await expectSettledAt(page, 0, 0);
  await page.keyboard.type('10');
  await expect(page.getByRole('status').filter({ hasText: 'Go to scene 10' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expectSettledAt(page, 10, 0);
  await page.keyboard.type('99');
  await page.keyboard.press('Enter');
  await expect(page.getByText('There is no scene 99')).toBeVisible();
  await expectSettledAt(page, 10, 0);
});

test('a deep link opens at its scene and step, and a reload keeps the place', async ({ page }) => {
  await openDeck(page, '#/one-testimony/3');
  const shown = await expectSettledAt(page, 'one-testimony', 3);
  expect(shown.find((item) => item.index === 3)!.text).toContain('After saying this, they inserted');
  await page.keyboard.press('ArrowLeft');
  await expectSettledAt(page, 'one-testimony', 2);
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await expectSettledAt(page, 'one-testimony', 2);
  expect(page.url()).toMatch(/#\/one-testimony\/2$/);
});

test('Back and Forward walk the show', async ({ page }) => {
  await openDeck(page, '#/the-scar');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectSettledAt(page, 'the-blade', 0);
  await page.goBack();
  await expectSettledAt(page, 'the-scar', 1);
  await page.goBack();
  await expectSettledAt(page, 'the-scar', 0);
  await page.goForward();
  await expectSettledAt(page, 'the-scar', 1);
});

test('an unknown scene in the URL shows the first scene and says why', async ({ page }) => {
  await openDeck(page, '#/no-such-scene/4');
  await expect(page.getByText('There is no scene “no-such-scene”. Showing the first scene.')).toBeVisible();
  await expectSettledAt(page, 'content-note', 0);
  expect(page.url()).toMatch(/#\/content-note$/);
  await page.keyboard.press('Escape');
  await expect(page.getByText('There is no scene “no-such-scene”')).toBeHidden();
});

test('a step past the end of a scene lands on its last step and says so', async ({ page }) => {
  await openDeck(page, '#/the-blade/42');
  await expect(page.getByText('has steps 0 to 3, not “42”')).toBeVisible();
  await expectSettledAt(page, 'the-blade', 3);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the notice is centred and wraps in the screen’s width, not in half of it', async ({ page }) => {
    await openDeck(page, '#/the-blade/42');
    const notice = page.getByRole('status').filter({ hasText: 'has steps 0 to 3' });
    await expect(notice).toBeVisible();
    const box = (await notice.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(Math.abs(box.x - (390 - box.x - box.width))).toBeLessThanOrEqual(1);
    // A message this long takes the 90% it may have: centred from the middle, it had 195 px.
    expect(box.width).toBeGreaterThan(390 * 0.85);
  });
});

test('B blacks out the screen and brings it back; the show does not move', async ({ page }) => {
  await openDeck(page, '#/captivity/1');
  await expectSettledAt(page, 'captivity', 1);
  await page.keyboard.press('b');
  await expect(page.locator('[data-blackout]')).toBeVisible();
  const pixel = await page.screenshot({ clip: { x: 800, y: 450, width: 1, height: 1 } });
  expect(pixel.length).toBeGreaterThan(0);
  await page.keyboard.press('.');
  await expect(page.locator('[data-blackout]')).toHaveCount(0);
  expect(await shownPosition(page)).toEqual({ scene: 'captivity', step: '1' });
});

test('the help overlay lists the keys and closes with Escape', async ({ page }) => {
  await openDeck(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keys' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Page Down');
  await expect(dialog).toContainText('Black screen');
  await expect(dialog).toContainText('Swipe left or right');
  // The look-ahead keys are the presenter view's: here they would do nothing.
  await expect(dialog).not.toContainText('look a step ahead');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('the presenter view’s help lists its own keys: the private look-ahead, and no key to open itself', async ({ page, context }) => {
  await openDeck(page);
  const presenter = await openPresenter(context, { ready: true });
  await presenter.keyboard.press('?');
  const dialog = presenter.getByRole('dialog', { name: 'Keys' });
  await expect(dialog).toContainText('look a step ahead');
  await expect(dialog).toContainText('Black screen');
  await expect(dialog).not.toContainText('Open the presenter view');
  // The wheel scrolls the notes here, and swipes are the audience's.
  await expect(dialog).not.toContainText('Swipe left or right');
});

test('a touch swipe to the left goes forward and to the right goes back', async ({ page }) => {
  await openDeck(page, '#/the-journey');
  await expectSettledAt(page, 'the-journey', 0);
  const swipe = (fromX: number, toX: number) =>
    page.evaluate(
      ([from, to]) => {
        const init = { pointerId: 7, pointerType: 'touch', isPrimary: true, bubbles: true, clientY: 400 };
        window.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: from }));
        window.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: to }));
      },
      [fromX, toX],
    );
  await swipe(900, 600);
  await expectSettledAt(page, 'the-journey', 1);
  await swipe(600, 900);
  await expectSettledAt(page, 'the-journey', 0);
  await swipe(600, 630);
  await expectSettledAt(page, 'the-journey', 0);
});

test('the stage takes the window’s shape: taller in a 6:5 window, upright on a portrait screen, its words inside it', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 1000 });
  await openDeck(page, '#/three-demands/3');
  let shown = await expectSettledAt(page, 'three-demands', 3);
  expect(shown.every((item) => item.insideStage)).toBe(true);
  // 1920 wide and as tall as the window's shape asks (1920 x 1600): no bars, nothing letterboxed.
  await expect(page.locator('[data-stage]')).toHaveAttribute('data-stage-size', '1920x1600');
  let stage = await page.locator('[data-stage]').boundingBox();
  expect(stage!.width).toBeCloseTo(1200, 0);
  expect(stage!.height).toBeCloseTo(1000, 0);

  await page.setViewportSize({ width: 900, height: 1200 });
  await expect(page.locator('[data-stage]')).toHaveAttribute('data-shape', 'portrait');
  await expect(page.locator('[data-stage]')).toHaveAttribute('data-stage-size', '1440x1920');
  shown = await expectSettledAt(page, 'three-demands', 3);
  expect(shown.every((item) => item.insideStage)).toBe(true);
  stage = await page.locator('[data-stage]').boundingBox();
  expect(stage!.height).toBeCloseTo(1200, 0);
  expect(stage!.width).toBeCloseTo(900, 0);
});

test('a quick series of clicks ends on the right step, fully drawn', async ({ page }) => {
  await openDeck(page, '#/the-blade');
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  await expectSettledAt(page, 'the-blade', 3);
  for (let i = 0; i < 2; i++) await page.keyboard.press('PageUp');
  const shown = await expectSettledAt(page, 'the-blade', 1);
  expect(shown.map((item) => item.opacity > 0.99)).toEqual([true, true, false, false]);
  expect(await stepsOnScreen(page)).toHaveLength(4);
});
