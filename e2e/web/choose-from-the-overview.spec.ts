/**
 * The overview: every scene at a glance, to choose one. O opens it over the audience window
 * (the room sees it) and over the presenter window (the speaker's alone: the audience does
 * not move until a scene is chosen); `?view=overview` is a page of its own that drives the
 * show like a presenter. Arrow keys move a visible focus, Enter or a click goes, Esc closes.
 */
import type { Page } from '@playwright/test';
import { violations } from '../axe.ts';
import { deck, expect, expectSettledAt, openDeck, openPresenter, shownPosition, test } from '../fixtures.ts';

const sceneIndex = (id: string) => deck.scenes.findIndex((scene) => scene.id === id);
const focusedCell = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-overview-cell') ?? null);


/**
 * Each focus move takes one key; the focused cell must also show where focus is: an outline,
 * and room for it inside its list item, which clips what the cell paints.
 */
async function expectFocusOn(page: Page, id: string) {
  await expect.poll(() => focusedCell(page)).toBe(id);
  const outline = await page.evaluate(() => {
    const cell = document.activeElement!;
    const style = getComputedStyle(cell);
    const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const box = cell.getBoundingClientRect();
    const room = (cell.closest('li') ?? document.body).getBoundingClientRect();
    const fits = box.left - reach >= room.left - 0.5 && box.right + reach <= room.right + 0.5 && box.top - reach >= room.top - 0.5 && box.bottom + reach <= room.bottom + 0.5;
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && fits;
  });
  expect(outline, `${id} shows focus`).toBe(true);
}

test('in the audience window: O opens every scene, the current one marked; arrows, Enter and a click go; Esc closes where the show is', async ({ page }) => {
  await openDeck(page, '#/the-journey/1');
  await page.keyboard.press('o');
  const overview = page.locator('[data-overview="audience"]');
  await expect(overview).toBeVisible();
  await expect(page.locator('[data-overview-cell]')).toHaveCount(deck.scenes.length);
  for (const [index, scene] of deck.scenes.entries()) {
    await expect(page.locator(`[data-overview-cell="${scene.id}"]`)).toContainText(`${index}`);
    await expect(page.locator(`[data-overview-cell="${scene.id}"]`)).toContainText(scene.title);
  }
  await expect(page.locator('[data-overview-cell][aria-current="step"]')).toHaveAttribute('data-overview-cell', 'the-journey');
  await expect(page.locator('[data-overview-cell="the-journey"]')).toContainText('Now on screen');
  // One cell in the tab order, and it has focus: the current scene's.
  await expect(page.locator('[data-overview-cell][tabindex="0"]')).toHaveCount(1);
  await expectFocusOn(page, 'the-journey');
  // The thumbnails are the scenes themselves, at their final state, drawn by the Scene component.
  await expect(page.locator('[data-overview-cell="the-journey"] [data-thumbnail="drawn"] [data-step-index]')).toHaveCount(deck.scenes[sceneIndex('the-journey')]!.steps.length);

  // The arrows move the focus, not the show.
  await page.keyboard.press('ArrowRight');
  await expectFocusOn(page, 'the-scar');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expectFocusOn(page, 'the-film');
  await page.keyboard.press('End');
  await expectFocusOn(page, 'credit');
  await page.keyboard.press('Home');
  await expectFocusOn(page, 'content-note');
  await page.keyboard.press('ArrowDown');
  const below = await focusedCell(page);
  expect(sceneIndex(below!), 'a row down').toBeGreaterThan(1);
  expect(await shownPosition(page)).toEqual({ scene: 'the-journey', step: '1' });

  await page.keyboard.press('Enter');
  await expect(overview).toHaveCount(0);
  await expectSettledAt(page, sceneIndex(below!), 0);

  // A click goes too.
  await page.keyboard.press('O');
  await expect(overview).toBeVisible();
  await page.locator('[data-overview-cell="captivity"]').click();
  await expect(overview).toHaveCount(0);
  await expectSettledAt(page, sceneIndex('captivity'), 0);

  // Esc closes it where the show is; so does O again, and choosing the scene the show is in.
  await page.keyboard.press('ArrowRight');
  await expectSettledAt(page, sceneIndex('captivity'), 1);
  await page.keyboard.press('o');
  await expect(overview).toBeVisible();
  await expectFocusOn(page, 'captivity');
  await page.keyboard.press('ArrowRight');
  await expectFocusOn(page, 'the-women');
  await page.keyboard.press('Escape');
  await expect(overview).toHaveCount(0);
  await page.keyboard.press('o');
  await expect(overview).toBeVisible();
  await page.keyboard.press('o');
  await expect(overview).toHaveCount(0);
  await page.keyboard.press('o');
  await expectFocusOn(page, 'captivity');
  await page.keyboard.press('Enter');
  await expect(overview).toHaveCount(0);
  expect(await shownPosition(page)).toEqual({ scene: 'captivity', step: '1' });
});

test('in the presenter window: the speaker’s alone; the audience stays put while it is browsed, then goes where it is sent', async ({ page, context }) => {
  await openDeck(page, '#/the-scar/1');
  const presenter = await openPresenter(context);
  await expect(presenter.locator('.where h1')).toHaveText('The scar');

  await presenter.keyboard.press('o');
  await expect(presenter.locator('[data-overview="presenter"]')).toBeVisible();
  await expect(presenter.locator('[data-speaker-only]')).toContainText('Only you see this overview');
  await expect(presenter.locator('[data-overview-cell][aria-current="step"]')).toHaveAttribute('data-overview-cell', 'the-scar');
  await expectFocusOn(presenter, 'the-scar');
  // Nothing of it on the audience's screen, and the audience does not move while the speaker browses.
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'End', 'Home', 'ArrowRight']) {
    await presenter.keyboard.press(key);
    expect(await shownPosition(page)).toEqual({ scene: 'the-scar', step: '1' });
  }
  await expect(page.locator('[data-overview]')).toHaveCount(0);
  // Home, then one to the right: the deck's second scene.
  const second = deck.scenes[1]!.id;
  await expectFocusOn(presenter, second);

  // The clicker's Page Down still drives the live show while it is open; the overview follows.
  await presenter.keyboard.press('PageDown');
  await expectSettledAt(page, sceneIndex('the-blade'), 0);
  await expect(presenter.locator('[data-overview-cell][aria-current="step"]')).toHaveAttribute('data-overview-cell', 'the-blade');
  await expect(presenter.locator('[data-overview="presenter"]')).toBeVisible();

  await presenter.keyboard.press('Enter');
  await expectSettledAt(page, 1, 0);
  await expect(presenter.locator('[data-overview]')).toHaveCount(0);

  await presenter.keyboard.press('o');
  await presenter.locator('[data-overview-cell="three-demands"]').click();
  await expectSettledAt(page, sceneIndex('three-demands'), 0);

  await presenter.keyboard.press('o');
  await presenter.keyboard.press('ArrowLeft');
  await presenter.keyboard.press('Escape');
  await expect(presenter.locator('[data-overview]')).toHaveCount(0);
  expect(await shownPosition(page)).toEqual({ scene: 'three-demands', step: '0' });
});

test('?view=overview is a page of its own that follows the show and drives it', async ({ page, context }) => {
  await openDeck(page, '#/the-film');
  const overview = await context.newPage();
  await overview.goto('./?view=overview');
  await overview.waitForSelector('html[data-ready]');
  await expect(overview.locator('html')).toHaveAttribute('data-view', 'overview');
  await expect(overview.locator('[data-overview-status]')).toContainText(`scene ${sceneIndex('the-film')}, “The film”`);
  await expect(overview.locator('[data-overview-cell][aria-current="step"]')).toHaveAttribute('data-overview-cell', 'the-film');
  // Not a notice saying it is unavailable, and no show of its own.
  await expect(overview.locator('[data-stage]')).toHaveCount(0);
  await expect(overview.getByText('not available')).toHaveCount(0);

  await overview.locator('[data-overview-cell="the-women"]').focus();
  await overview.keyboard.press('ArrowRight');
  await overview.keyboard.press('Enter');
  await expectSettledAt(page, sceneIndex('one-testimony'), 0);
  await expect(overview.locator('[data-overview-cell][aria-current="step"]')).toHaveAttribute('data-overview-cell', 'one-testimony');
  await expect(overview.locator('html')).toHaveAttribute('data-scene', 'one-testimony');

  await overview.locator('[data-overview-cell="the-journey"]').click();
  await expectSettledAt(page, sceneIndex('the-journey'), 0);
  // The clicker drives the show from here too.
  await overview.keyboard.press('PageDown');
  await expectSettledAt(page, sceneIndex('the-journey'), 1);
  await expect(overview.locator('[data-overview-status]')).toContainText('step 2 of 2');
});

test('the overview says when no show has answered, and is usable by keyboard alone', async ({ page }) => {
  await page.goto('./?view=overview');
  await page.waitForSelector('html[data-ready]');
  await expect(page.locator('[data-overview-status]')).toContainText('No audience window has answered yet');
  await expect(page.locator('[data-overview-cell][aria-current]')).toHaveCount(0);
  // The page opens with the grid focused; the grid is one stop of the tab order, the arrows do the rest.
  await expectFocusOn(page, deck.scenes[0]!.id);
  await page.keyboard.press('ArrowRight');
  await expectFocusOn(page, deck.scenes[1]!.id);
  await page.keyboard.press('Tab');
  expect(await focusedCell(page)).toBeNull();
  await page.keyboard.press('Shift+Tab');
  await expectFocusOn(page, deck.scenes[1]!.id);
});

test('axe finds no violation in the overview, in the audience window, the presenter window and its own page', async ({ page, context }) => {
  test.setTimeout(180_000);
  const found: string[] = [];
  const check = async (where: Page, name: string) => found.push(...(await violations(where)).map((text) => `${name}: ${text}`));

  await openDeck(page, '#/the-women/1');
  await page.keyboard.press('o');
  await expect(page.locator('[data-thumbnail="drawn"]')).toHaveCount(deck.scenes.length);
  await check(page, 'audience overview');

  const presenter = await openPresenter(context);
  await expect(presenter.locator('.where h1')).toHaveText('The women');
  await presenter.keyboard.press('o');
  await expect(presenter.locator('[data-overview="presenter"]')).toBeVisible();
  await expect(presenter.locator('[data-thumbnail="drawn"]').first()).toBeVisible();
  await check(presenter, 'presenter overview');

  const own = await context.newPage();
  await own.goto('./?view=overview');
  await own.waitForSelector('html[data-ready]');
  await expect(own.locator('[data-overview-cell][aria-current="step"]')).toHaveCount(1);
  await check(own, '?view=overview');
  expect(found).toEqual([]);
});

test('thumbnails are drawn only near the grid’s view: far cells stay cheap placeholders, and go back to one when left behind', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 500 });
  await openDeck(page, '#/content-note');
  await page.keyboard.press('o');
  const thumbnail = (id: string) => page.locator(`[data-overview-cell="${id}"] [data-thumbnail]`);
  await expect(thumbnail('content-note')).toHaveAttribute('data-thumbnail', 'drawn');
  await expect(thumbnail('credit')).toHaveAttribute('data-thumbnail', 'placeholder');
  // A placeholder holds no scene at all.
  await expect(page.locator('[data-overview-cell="credit"] [data-scene-id]')).toHaveCount(0);

  await page.keyboard.press('End');
  await expectFocusOn(page, 'credit');
  await expect(thumbnail('credit')).toHaveAttribute('data-thumbnail', 'drawn');
  await expect(thumbnail('content-note')).toHaveAttribute('data-thumbnail', 'placeholder');
  await expect(page.locator('[data-overview-cell="content-note"] [data-scene-id]')).toHaveCount(0);
});
