/**
 * The kiosk's warned return (issue 20): a visitor who has stopped is warned before the show
 * leaves them, `idleWarnSeconds` before the return, with the seconds left; a touch, key or wheel
 * keeps their place. The return restarts the loop (the advisory first) or, with
 * `idleAction: resume`, carries on from the visitor's step. Playwright's clock.
 */
import type { Page } from '@playwright/test';
import { violations } from '../axe.ts';
import { loopHolds, openOnPausedClock } from '../kiosk-clock.ts';
import { deck, expect, shownPosition, test } from '../fixtures.ts';

const advisory = deck.scenes.find((scene) => scene.advisory)!;
const holds = loopHolds(deck);
const countdown = (page: Page) => page.locator('[data-idle-countdown]');
const autoplaying = async (page: Page) => (await page.locator('[data-autoplay-progress]').getAttribute('data-playing')) === 'true';

/** Into the loop a few steps, then a visitor's key: the show is theirs, a step further on. */
async function visitorTakesOver(page: Page, query: string): Promise<{ scene: string | undefined; step: string | undefined }> {
  await openOnPausedClock(page, `./${query}`);
  await page.clock.runFor(holds.slice(0, 3).reduce((sum, hold) => sum + hold, 0) + 100);
  await page.keyboard.press('ArrowRight');
  await page.clock.runFor(100);
  expect(await autoplaying(page)).toBe(false);
  return shownPosition(page);
}

test('the countdown appears exactly idleWarnSeconds before the return, counts the seconds, and a key, the wheel or a touch keeps the place', async ({ page }) => {
  const place = await visitorTakesOver(page, '?kiosk&idle=30&warn=10');
  // 30 s of quiet, warned for the last 10: nothing at 19.9 s, the countdown at 20 s.
  await page.clock.runFor(19_800);
  await expect(countdown(page)).toHaveCount(0);
  await page.clock.runFor(200);
  await expect(countdown(page)).toBeVisible();
  await expect(countdown(page)).toContainText('Still reading? Touch anywhere to stay');
  await expect(countdown(page)).toHaveAttribute('data-seconds-left', '10');
  await expect(countdown(page).getByRole('status')).toHaveText('Still reading? Touch anywhere to stay. In 10 seconds the story goes back to its start.');
  await page.clock.runFor(3_000);
  await expect(countdown(page)).toHaveAttribute('data-seconds-left', '7');
  await expect(countdown(page)).toContainText('7 seconds');

  // It never covers the article's words on screen.
  const card = (await countdown(page).boundingBox())!;
  for (const box of await page.locator('[data-scene-id]:not([data-standby-scene-id]) [data-article]').evaluateAll((elements) =>
    elements.filter((element) => element.getBoundingClientRect().height > 0 && getComputedStyle(element).visibility !== 'hidden').map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
  )) {
    const overlaps = card.x < box.x + box.width && box.x < card.x + card.width && card.y < box.y + box.height && box.y < card.y + card.height;
    expect(overlaps, `the countdown ${JSON.stringify(card)} covers article text at ${JSON.stringify(box)}`).toBe(false);
  }

  // A key (Shift: not a page turn) cancels it; the place is kept and nothing plays.
  await page.keyboard.press('Shift+KeyX');
  await page.clock.runFor(100);
  await expect(countdown(page)).toHaveCount(0);
  expect(await shownPosition(page)).toEqual(place);
  expect(await autoplaying(page)).toBe(false);

  // The wheel cancels it too (it also steps, as the wheel always does).
  await page.clock.runFor(20_000);
  await expect(countdown(page)).toBeVisible();
  await page.mouse.move(800, 450);
  await page.mouse.wheel(0, 120);
  await expect.poll(async () => {
    await page.clock.runFor(20);
    return countdown(page).count();
  }).toBe(0);
});

test('a touch while warned keeps the place; quiet to the end, restart goes back to the advisory and plays the loop from its start', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  const place = await visitorTakesOver(page, '?kiosk&idle=20&warn=5');
  await page.clock.runFor(15_000);
  await expect(countdown(page)).toBeVisible();
  await page.touchscreen.tap(800, 450);
  await page.clock.runFor(100);
  await expect(countdown(page)).toHaveCount(0);
  // The touch that answers the countdown only answers it: no page turn.
  expect(await shownPosition(page)).toEqual(place);

  await page.clock.runFor(15_000);
  await expect(countdown(page)).toHaveAttribute('data-seconds-left', '5');
  await page.clock.runFor(5_100);
  await expect(countdown(page)).toHaveCount(0);
  expect(await shownPosition(page)).toEqual({ scene: advisory.id, step: '0' });
  expect(await autoplaying(page)).toBe(true);
  await context.close();
});

test('idleAction resume: after the countdown, autoplay carries on from the visitor’s step', async ({ page }) => {
  const place = await visitorTakesOver(page, '?kiosk&idle=20&warn=5&return=resume');
  await page.clock.runFor(15_000);
  await expect(countdown(page).getByRole('status')).toHaveText('Still reading? Touch anywhere to stay. In 5 seconds the story carries on by itself.');
  await page.clock.runFor(5_100);
  await expect(countdown(page)).toHaveCount(0);
  expect(await shownPosition(page), 'still at the visitor’s step').toEqual(place);
  expect(await autoplaying(page)).toBe(true);
  // Its hold runs, then the next step of the loop, not the advisory.
  const at = loopHolds(deck);
  await page.clock.runFor(Math.max(...at) + 200);
  const next = await shownPosition(page);
  expect(next).not.toEqual(place);
  expect(next.scene).not.toBe(advisory.id);
});

test('axe finds no violation with the countdown on screen', async ({ page }) => {
  await visitorTakesOver(page, '?kiosk&idle=240&warn=120');
  await page.clock.runFor(120_500);
  await expect(countdown(page)).toBeVisible();
  // axe waits on timers of its own: the clock runs at the real pace again, two minutes of countdown being ample.
  await page.clock.resume();
  // Web Animations run on the browser's clock: let the fade finish before axe reads the colours.
  await page.waitForTimeout(500);
  await expect(countdown(page)).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
