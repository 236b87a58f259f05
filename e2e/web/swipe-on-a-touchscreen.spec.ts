/**
 * A visitor swipes on a touchscreen, through the browser's own gesture handling (CDP touch
 * events, as a finger makes them) rather than pointer events made up in the page. Without
 * `touch-action: pan-y` and `overscroll-behavior-x: none` (global.css) Chromium claims a
 * horizontal drag for itself: a swipe to the left never moved the show, and a swipe to the
 * right navigated the browser back, out of it. The monkey found it (issue #9).
 */
import type { CDPSession } from '@playwright/test';
import { expect, expectSettledAt, openDeck, shownPosition, test } from '../fixtures.ts';

test.use({ hasTouch: true });

async function swipe(touch: CDPSession, fromX: number, toX: number, y = 450): Promise<void> {
  await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: fromX, y }] });
  for (let index = 1; index <= 5; index++) {
    await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: fromX + ((toX - fromX) * index) / 5, y }] });
  }
  await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('a real touch swipe to the left goes forward, to the right goes back, and never leaves the show', async ({ page }) => {
  await openDeck(page, '#/the-journey');
  await expectSettledAt(page, 'the-journey', 0);
  const touch = await page.context().newCDPSession(page);
  await swipe(touch, 1100, 700);
  await expectSettledAt(page, 'the-journey', 1);
  await swipe(touch, 700, 1100);
  await expect(page).toHaveURL(/index\.html|\/#\//, { timeout: 3_000 });
  await expectSettledAt(page, 'the-journey', 0);
  expect(await shownPosition(page)).toEqual({ scene: 'the-journey', step: '0' });
});
