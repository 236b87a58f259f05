/**
 * The show runs unattended at an exhibition: the advisory, then every scene with its
 * planned times, loop after loop; a visitor takes over with keys, touch or the wheel,
 * and the show comes back to the start of the loop by itself after the idle time.
 * Time is Playwright's clock, so minutes of show pass in seconds of test.
 */
import type { Page } from '@playwright/test';
import { deck, expect, shownPosition, test } from '../fixtures.ts';

const advisory = deck.scenes.findIndex((scene) => scene.advisory);
const story = deck.scenes.map((scene, index) => ({ scene, index })).filter(({ scene }) => !scene.advisory);
const loopSteps = [deck.scenes[advisory]!, ...story.map(({ scene }) => scene)].flatMap((scene) =>
  scene.steps.map((step, index) => ({ scene: scene.id, step: String(index), holdMs: step.seconds * 1000 })),
);
const TICK_MS = 100;

/** Opens a page on a paused clock and lets it start: the show's time is the test's from the first frame. */
async function openPaused(page: Page, query: string): Promise<void> {
  await page.clock.install({ time: new Date('2026-11-29T10:00:00Z') });
  await page.clock.pauseAt(new Date('2026-11-29T10:00:01Z'));
  await page.goto(`./${query}`);
  await expect.poll(async () => {
    await page.clock.runFor(TICK_MS);
    return page.evaluate(() => document.documentElement.hasAttribute('data-ready'));
  }).toBe(true);
}

/** Runs the clock until the show leaves `from`; returns how long that took, to within TICK_MS. */
async function timeUntilMove(page: Page, from: { scene: string; step: string }, expectedMs: number): Promise<number> {
  const early = Math.max(0, expectedMs - 4 * TICK_MS);
  await page.clock.runFor(early);
  expect(await shownPosition(page), `${from.scene}/${from.step} is still held before its time`).toEqual(from);
  let waited = early;
  while (waited < expectedMs + 20 * TICK_MS) {
    await page.clock.runFor(TICK_MS);
    waited += TICK_MS;
    const now = await shownPosition(page);
    if (now.scene !== from.scene || now.step !== from.step) return waited;
  }
  return waited;
}

async function autoplaying(page: Page): Promise<boolean> {
  return (await page.locator('[data-autoplay-progress]').getAttribute('data-playing')) === 'true';
}

test('unattended, the kiosk plays the advisory and then every scene for its planned time, loop after loop', async ({ page }) => {
  await openPaused(page, '?kiosk');
  expect(await shownPosition(page)).toEqual({ scene: deck.scenes[advisory]!.id, step: '0' });
  // The first loop, timed step by step.
  for (const [index, step] of loopSteps.entries()) {
    const from = { scene: step.scene, step: step.step };
    expect(await shownPosition(page), `loop 1, place ${index}`).toEqual(from);
    const took = await timeUntilMove(page, from, step.holdMs);
    // The first hold began while the page was still loading, so it is measured loosely.
    const tolerance = index === 0 ? 1000 : 2 * TICK_MS;
    expect(Math.abs(took - step.holdMs), `${step.scene}/${step.step} held ${took} ms, planned ${step.holdMs} ms`).toBeLessThanOrEqual(tolerance);
  }
  // Two more loops, jumping from hold to hold: the same order, again and again.
  for (const loop of [2, 3]) {
    for (const [index, step] of loopSteps.entries()) {
      expect(await shownPosition(page), `loop ${loop}, place ${index}`).toEqual({ scene: step.scene, step: step.step });
      await page.clock.fastForward(step.holdMs + TICK_MS);
    }
  }
  expect(await shownPosition(page), 'the fourth loop has begun').toEqual({ scene: deck.scenes[advisory]!.id, step: '0' });
  expect(await autoplaying(page)).toBe(true);
});

test('a visitor’s keys pause autoplay and take control; after the idle time the show is back at the start', async ({ page }) => {
  await openPaused(page, '?kiosk&idle=30');
  await page.clock.runFor(loopSteps.slice(0, 5).reduce((sum, step) => sum + step.holdMs, 0) + TICK_MS);
  const before = await shownPosition(page);
  expect(before).toEqual({ scene: loopSteps[5]!.scene, step: loopSteps[5]!.step });

  await page.keyboard.press('ArrowRight');
  await page.clock.runFor(TICK_MS);
  expect(await shownPosition(page)).toEqual({ scene: loopSteps[6]!.scene, step: loopSteps[6]!.step });
  expect(await autoplaying(page)).toBe(false);
  await expect(page.locator('[data-visitor-hint]')).toContainText('30 quiet seconds');

  // Paused: the visitor reads as long as they like, up to the idle time.
  await page.clock.runFor(25_000);
  expect(await shownPosition(page)).toEqual({ scene: loopSteps[6]!.scene, step: loopSteps[6]!.step });
  await page.keyboard.press('ArrowLeft');
  await page.clock.runFor(29_000);
  expect(await shownPosition(page)).toEqual(before);

  // Quiet for the idle time after the last key: back to the advisory, playing.
  await page.clock.runFor(1_500);
  expect(await shownPosition(page)).toEqual({ scene: deck.scenes[advisory]!.id, step: '0' });
  expect(await autoplaying(page)).toBe(true);
  await expect(page.locator('[data-visitor-hint]')).toHaveCount(0);
});

test.describe('on a touchscreen', () => {
  test.use({ hasTouch: true });

  test('the first touch only takes over; taps then move forward (right) and back (left third); the wheel steps too', async ({ page }) => {
    await openPaused(page, '?kiosk');
    await page.clock.runFor(loopSteps[0]!.holdMs + loopSteps[1]!.holdMs + TICK_MS);
    const at = (index: number) => ({ scene: loopSteps[index]!.scene, step: loopSteps[index]!.step });
    expect(await shownPosition(page)).toEqual(at(2));

    await page.touchscreen.tap(1200, 450);
    await page.clock.runFor(TICK_MS);
    expect(await shownPosition(page), 'the first touch does not skip what is being read').toEqual(at(2));
    expect(await autoplaying(page)).toBe(false);

    await page.touchscreen.tap(1200, 450);
    await page.clock.runFor(TICK_MS);
    expect(await shownPosition(page)).toEqual(at(3));
    await page.touchscreen.tap(200, 450);
    await page.clock.runFor(TICK_MS);
    expect(await shownPosition(page)).toEqual(at(2));

    // Chromium hands wheel events to the page on a later frame: let frames run until it has.
    await page.mouse.move(800, 450);
    await page.mouse.wheel(0, 120);
    await expect.poll(async () => {
      await page.clock.runFor(20);
      return shownPosition(page);
    }).toEqual(at(3));

    await page.clock.runFor(61_000);
    expect(await shownPosition(page)).toEqual(at(0));
    expect(await autoplaying(page)).toBe(true);
  });
});

test('the pointer hides over the show after a few still seconds and comes back when moved', async ({ page }) => {
  await openPaused(page, '?kiosk&cursor=2');
  await page.mouse.move(400, 300);
  await page.clock.runFor(1_900);
  await expect(page.locator('html')).not.toHaveAttribute('data-cursor', 'hidden');
  await page.clock.runFor(200);
  await expect(page.locator('html')).toHaveAttribute('data-cursor', 'hidden');
  await page.mouse.move(420, 310);
  await expect(page.locator('html')).not.toHaveAttribute('data-cursor', 'hidden');
});

test('the exit chord asks for the PIN, refuses a wrong one and leaves the kiosk with the right one', async ({ page }) => {
  await openPaused(page, '?kiosk&pin=2468');
  await page.keyboard.press('Control+Alt+Shift+Q');
  const dialog = page.getByRole('dialog', { name: 'Leave the exhibition mode' });
  await expect(dialog).toBeVisible();
  // Typing the PIN is not a page turn.
  const where = await shownPosition(page);
  await page.getByLabel('PIN').fill('1111');
  await page.getByLabel('PIN').press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('That PIN is not right.');
  expect(await shownPosition(page)).toEqual(where);
  await page.getByLabel('PIN').fill('2468');
  await dialog.getByRole('button', { name: 'Leave' }).click();
  await expect(page).toHaveURL((url) => url.search === '');
  await page.clock.runFor(TICK_MS);
  await expect(page.locator('[data-autoplay-progress]'), 'presenting again, not a kiosk').toHaveCount(0);
});

test('a kiosk with a bad setting still runs, on the defaults for what was wrong, and shows no error to visitors', async ({ page }) => {
  const reports: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'info') reports.push(message.text());
  });
  await openPaused(page, '?kiosk&idle=2&advisory=maybe&start=no-such-scene');
  expect(await shownPosition(page)).toEqual({ scene: deck.scenes[advisory]!.id, step: '0' });
  await expect(page.locator('.notice p')).toHaveCount(0);
  expect(reports.filter((text) => text.includes('settings-problem'))).toHaveLength(3);
  await page.keyboard.press('ArrowRight');
  // idle=2 was refused, so the default minute applies.
  await page.clock.runFor(30_000);
  expect(await autoplaying(page)).toBe(false);
});

test('?mode=autoplay plays from the start and stops at the end; A pauses and resumes; the presenter counts down', async ({ page, context }) => {
  // Playwright's clock, running at the real pace until the last hold is skipped.
  await page.clock.install();
  await page.goto('./?mode=autoplay');
  await page.waitForSelector('html[data-ready]');
  const presenter = await context.newPage();
  await presenter.goto('./?view=presenter');
  const countdown = presenter.locator('[data-autoplay-countdown]');
  await expect(countdown).toHaveText(/^Next step in [1-8] s$/);
  await page.keyboard.press('a');
  await expect(countdown).toHaveCount(0);
  await expect(presenter.locator('[data-autoplay-toggle]')).toHaveAttribute('aria-pressed', 'false');
  await presenter.locator('[data-autoplay-toggle]').click();
  await expect(page.locator('[data-autoplay-progress]')).toHaveAttribute('data-playing', 'true');
  await expect(countdown).toBeVisible();
  await presenter.close();

  await page.keyboard.press('End');
  await expect.poll(() => shownPosition(page)).toEqual({ scene: deck.scenes.at(-1)!.id, step: String(deck.scenes.at(-1)!.steps.length - 1) });
  // At the end of a talk, autoplay stops rather than loops: past the last step's hold, no progress line.
  await expect(page.locator('[data-autoplay-progress]')).toHaveAttribute('data-playing', 'true');
  await page.clock.fastForward(deck.scenes.at(-1)!.steps.at(-1)!.seconds * 1000 + TICK_MS);
  await expect(page.locator('[data-autoplay-progress]')).toHaveCount(0, { timeout: 12_000 });
});
