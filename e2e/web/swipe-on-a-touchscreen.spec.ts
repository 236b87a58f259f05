/**
 * A visitor swipes on a touchscreen, through the browser's own gesture handling (CDP touch
 * events, as a finger makes them) rather than pointer events made up in the page. Without
 * `touch-action: pan-y` and `overscroll-behavior-x: none` (global.css) Chromium claims a
 * horizontal drag for itself: a swipe to the left never moved the show, and a swipe to the
 * right navigated the browser back, out of it. The monkey found it (issue #9). On a portrait
 * kiosk's touchscreen the taps and swipes work as on any other; on a phone a swipe scrolls the
 * scroll story as it scrolls any page, and the story follows (issue #21).
 */
import type { CDPSession } from '@playwright/test';
import { expect, expectSettledAt, openDeck, shownPosition, test } from '../fixtures.ts';
import { openStory, restingPlaces, scrollY } from '../scroll-story.ts';

test.use({ hasTouch: true });

async function swipe(touch: CDPSession, from: { x: number; y: number }, to: { x: number; y: number }, moves = 5): Promise<void> {
  await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let index = 1; index <= moves; index++) {
    await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x + ((to.x - from.x) * index) / moves, y: from.y + ((to.y - from.y) * index) / moves }] });
  }
  await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('a real touch swipe to the left goes forward, to the right goes back, and never leaves the show', async ({ page }) => {
  await openDeck(page, '#/the-journey');
  await expectSettledAt(page, 'the-journey', 0);
  const touch = await page.context().newCDPSession(page);
  await swipe(touch, { x: 1100, y: 450 }, { x: 700, y: 450 });
  await expectSettledAt(page, 'the-journey', 1);
  await swipe(touch, { x: 700, y: 450 }, { x: 1100, y: 450 });
  await expect(page).toHaveURL(/index\.html|\/#\//, { timeout: 3_000 });
  await expectSettledAt(page, 'the-journey', 0);
  expect(await shownPosition(page)).toEqual({ scene: 'the-journey', step: '0' });
});

test.describe('a portrait kiosk touchscreen', () => {
  test.use({ viewport: { width: 1080, height: 1920 } });

  test('the upright stage fills it, the first touch takes over, taps and swipes move the show', async ({ page }) => {
    await page.goto('./?kiosk#/the-journey');
    await page.waitForSelector('html[data-ready]');
    const stage = await page.locator('[data-stage]').boundingBox();
    expect([await page.locator('[data-stage]').getAttribute('data-shape'), stage]).toEqual(['portrait', { x: 0, y: 0, width: 1080, height: 1920 }]);
    const at = await shownPosition(page);
    await page.touchscreen.tap(800, 1000);
    await expect(page.locator('[data-autoplay-progress]'), 'the touch took the show over').toHaveAttribute('data-playing', 'false');
    expect(await shownPosition(page), 'the first touch only takes the show over').toEqual(at);
    await page.touchscreen.tap(800, 1000);
    await expect.poll(() => shownPosition(page)).not.toEqual(at);
    const next = await shownPosition(page);
    await page.touchscreen.tap(150, 1000);
    await expect.poll(() => shownPosition(page), 'a tap on the left third goes back').toEqual(at);
    const touch = await page.context().newCDPSession(page);
    await swipe(touch, { x: 800, y: 1000 }, { x: 300, y: 1000 });
    await expect.poll(() => shownPosition(page), 'a swipe to the left goes forward').toEqual(next);
    await swipe(touch, { x: 300, y: 1000 }, { x: 800, y: 1000 });
    await expect.poll(() => shownPosition(page), 'a swipe to the right goes back').toEqual(at);
  });
});

test.describe('a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true });

  test('a swipe up scrolls the scroll story as it scrolls any page, the story follows, and a sideways swipe moves nothing', async ({ page }) => {
    await openStory(page);
    await expect(page.locator('[data-scroll-story]')).toHaveAttribute('data-reading', 'false');
    const places = await restingPlaces(page);
    const start = await scrollY(page);
    expect(start).toBe(places[0]!.y);
    const touch = await page.context().newCDPSession(page);
    // Sideways: the story is not a slide show here; the page stays where it is, in the page.
    await swipe(touch, { x: 330, y: 500 }, { x: 60, y: 500 });
    await swipe(touch, { x: 60, y: 500 }, { x: 330, y: 500 });
    await page.waitForSelector('html[data-settled]');
    expect(await scrollY(page)).toBe(start);
    await expect(page).toHaveURL(/mode=scroll/);
    // Up, as a thumb reads on: the page scrolls, and the story moves on with it.
    for (let stroke = 0; stroke < 3; stroke++) await swipe(touch, { x: 200, y: 700 }, { x: 200, y: 250 });
    await expect.poll(() => scrollY(page)).toBeGreaterThan(places[1]!.y - 10);
    await page.waitForSelector('html[data-settled]');
    expect(await shownPosition(page)).not.toEqual({ scene: places[0]!.key.split('/')[0], step: '0' });
  });

  // Headless Chromium does not zoom on a pinch even on a plain page (synthesizePinchGesture leaves
  // visualViewport.scale at 1), so this reads the rule the browser applies to the page instead.
  test('the reader may pinch to zoom the story and pan about it, and a quick sideways flick still stays in it; a kiosk story may not be zoomed', async ({ page }) => {
    const pageTouchAction = () => page.evaluate(() => getComputedStyle(document.documentElement).touchAction);
    await openStory(page);
    expect(await pageTouchAction()).toBe('manipulation');
    const touch = await page.context().newCDPSession(page);
    await swipe(touch, { x: 40, y: 500 }, { x: 360, y: 540 }, 2);
    await page.waitForTimeout(300);
    await expect(page, 'a sideways drag does not navigate back').toHaveURL(/mode=scroll/);
    await openStory(page, '&kiosk');
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'scroll');
    expect(await pageTouchAction(), 'a pinch would stay on the kiosk for the next visitor').toBe('pan-y');
  });
});

// A scroll container works touch-action out afresh, so the page's rule did not reach into the
// panels: in full screen, as a show runs, a swipe to the right on the help navigated the browser
// back, out of the show (the monkey found it, seed 3078850167), and out of full screen a swipe on
// a panel moved nothing. On the help and the go-to box a swipe is the show's, as everywhere; the
// overview keeps its gestures for itself (its grid scrolls), so there a swipe moves nothing.
for (const panel of [
  { name: 'the help', key: '?', selector: '[aria-labelledby="help-title"]', stepAfter: 0 },
  { name: 'the go-to box', key: 'g', selector: '#go-to-results', stepAfter: 0 },
  { name: 'the overview', key: 'o', selector: '[data-overview-grid]', stepAfter: 1 },
]) {
  test(`in full screen, a swipe on ${panel.name} ${panel.stepAfter === 0 ? 'goes back a step' : 'moves nothing'} and never leaves the show`, async ({ page }) => {
    await openDeck(page, '#/the-journey/1');
    await expectSettledAt(page, 'the-journey', 1);
    await page.keyboard.press('f');
    await page.keyboard.press(panel.key);
    if (panel.key === 'g') await page.keyboard.type('the');
    const box = (await page.locator(panel.selector).boundingBox())!;
    const touch = await page.context().newCDPSession(page);
    const from = { x: box.x + 10, y: box.y + box.height / 2 };
    // Quick, as a visitor flicks: two moves, a little downhill.
    await swipe(touch, from, { x: from.x + Math.min(box.width - 20, 350), y: from.y + 40 }, 2);
    // Long enough for a navigation the swipe set off to have happened.
    await page.waitForTimeout(300);
    await expect.poll(() => shownPosition(page)).toEqual({ scene: 'the-journey', step: String(panel.stepAfter) });
    await expect(page, 'still the deck, not the page before it').toHaveURL(panel.stepAfter === 0 ? /\/#\/the-journey$/ : /\/#\/the-journey\/1$/);
    await expect(page.locator(panel.selector), 'the panel stays open').toBeVisible();
  });
}
