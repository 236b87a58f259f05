/**
 * The kiosk keeps the venue's opening hours (issue 20): black before opening, the loop from
 * its start at opening, black again at closing (mid-scene), and a touch while closed brings a
 * short "open again" card that leaves the screen black again. A value the library cannot read
 * keeps the kiosk always open and is logged with where it stops. Playwright's clock, in a
 * fixed time zone: the hours are the machine's local time.
 */
import type { Page } from '@playwright/test';
import { violations } from '../axe.ts';
import { deck, expect, shownPosition, test } from '../fixtures.ts';

const advisory = deck.scenes.find((scene) => scene.advisory)!;
const HOURS = encodeURIComponent('Mo-Fr 09:00-18:00');
const closedLayer = (page: Page) => page.locator('[data-kiosk-closed]');
const card = (page: Page) => page.locator('[data-closed-card]');
const autoplaying = async (page: Page) => (await page.locator('[data-autoplay-progress]').getAttribute('data-playing')) === 'true';

test.use({ timezoneId: 'Europe/Brussels', hasTouch: true });

/** Opens the kiosk on a paused clock at a Brussels time (winter: UTC+1). */
async function openAt(page: Page, brussels: string, query: string): Promise<void> {
  const time = new Date(`${brussels}+01:00`);
  await page.clock.install({ time });
  await page.clock.pauseAt(new Date(time.getTime() + 1000));
  await page.goto(`./${query}`);
  await expect.poll(async () => {
    await page.clock.runFor(100);
    return page.evaluate(() => document.documentElement.hasAttribute('data-ready'));
  }).toBe(true);
}

test('black before opening, the loop from its start at opening, black mid-scene at closing; a touch while closed shows when it opens again', async ({ page }) => {
  // Monday 7 December 2026, 08:58.
  await openAt(page, '2026-12-07T08:58:00', `?kiosk&hours=${HOURS}`);
  await expect(closedLayer(page)).toBeVisible();
  expect(await autoplaying(page)).toBe(false);
  expect(await closedLayer(page).evaluate((element) => getComputedStyle(element).cursor)).toBe('none');

  // A touch while closed: the card, then black again; the show does not move.
  await page.touchscreen.tap(800, 450);
  await page.clock.runFor(100);
  await expect(card(page)).toHaveText('Open again at 09:00');
  await page.clock.runFor(8_000);
  await expect(card(page)).toHaveCount(0);
  await expect(closedLayer(page)).toBeVisible();

  // 09:00: open, the advisory, playing.
  const now = await page.evaluate(() => Date.now());
  await page.clock.runFor(new Date('2026-12-07T09:00:00+01:00').getTime() - now - 200);
  await expect(closedLayer(page), 'still closed at 08:59:59.8').toBeVisible();
  await page.clock.runFor(400);
  await expect(closedLayer(page)).toHaveCount(0);
  expect(await shownPosition(page)).toEqual({ scene: advisory.id, step: '0' });
  expect(await autoplaying(page)).toBe(true);

  // Into the loop, then on to 17:59:50 and past 18:00: black mid-scene, the show stopped.
  await page.clock.runFor(30_000);
  const midScene = await shownPosition(page);
  expect(midScene).not.toEqual({ scene: advisory.id, step: '0' });
  await page.clock.setSystemTime(new Date('2026-12-07T17:59:50+01:00'));
  await page.clock.runFor(61_000);
  await expect(closedLayer(page)).toBeVisible();
  expect(await autoplaying(page)).toBe(false);

  // A key while closed: the card names the next opening, Tuesday's.
  await page.keyboard.press('ArrowRight');
  await page.clock.runFor(100);
  await expect(card(page)).toHaveText('Open again on Tuesday at 09:00');
  await expect(card(page).locator('..')).toHaveAttribute('aria-live', 'polite');
});

test('opening hours the library cannot read keep the kiosk always open, and are logged with where they stop', async ({ page }) => {
  const reports: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'info') reports.push(message.text());
  });
  // Sunday: closed by any weekday hours.
  await openAt(page, '2026-12-06T12:00:00', `?kiosk&hours=${encodeURIComponent('Mo-Fx 09:00-18:00')}`);
  await page.clock.runFor(500);
  await expect(closedLayer(page)).toHaveCount(0);
  expect(await autoplaying(page)).toBe(true);
  expect(reports.filter((text) => text.includes('settings-problem'))).toEqual([
    expect.stringContaining('hours must be null or opening hours in OpenStreetMap\'s opening_hours syntax'),
  ]);
  expect(reports.join('\n')).toContain('(at character 5: Unexpected token: \\"-\\"); always open');
});

test('staff can leave a closed kiosk: the exit chord’s PIN dialog takes its keys over the black', async ({ page }) => {
  await openAt(page, '2026-12-06T12:00:00', `?kiosk&pin=2468&hours=${HOURS}`);
  await expect(closedLayer(page)).toBeVisible();
  await page.keyboard.press('Control+Alt+Shift+Q');
  const dialog = page.getByRole('dialog', { name: 'Leave the exhibition mode' });
  await expect(dialog).toBeVisible();
  // Typed key by key: the closed kiosk must not swallow them.
  await page.getByLabel('PIN').pressSequentially('2468');
  await page.getByLabel('PIN').press('Enter');
  await expect(page).toHaveURL((url) => url.search === '');
});

test('axe finds no violation with the closed card on screen', async ({ page }) => {
  await openAt(page, '2026-12-06T12:00:00', `?kiosk&hours=${HOURS}`);
  // The hours' library arrives a moment after the page: black first, then the touch.
  await expect(closedLayer(page)).toBeVisible();
  await page.touchscreen.tap(800, 450);
  await page.clock.runFor(100);
  await expect(card(page)).toHaveText('Open again on Monday at 09:00');
  // axe waits on timers of its own: the clock runs at the real pace again, the card staying 8 s.
  await page.clock.resume();
  await page.waitForTimeout(400);
  expect(await violations(page)).toEqual([]);
});
