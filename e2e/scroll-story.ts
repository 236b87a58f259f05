/**
 * Driving the scroll story (`?mode=scroll`) as a reader does: its resting places, and the
 * mouse wheel turned until the page rests at one.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** The story's progress line: page chrome, left out of pictures compared with presenting. */
export const STORY_PROGRESS = '[data-story-progress]';

export async function openStory(page: Page, suffix = ''): Promise<void> {
  await page.goto(`./?mode=scroll${suffix}`);
  await page.waitForSelector('html[data-ready]');
}

/** Each resting place the page offers, in page order, as `scene/step` with its scroll position. */
export async function restingPlaces(page: Page): Promise<{ key: string; y: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-rest]')].map((element) => ({
      key: element.dataset.rest!,
      y: Math.round(element.getBoundingClientRect().top + window.scrollY),
    })),
  );
}

export const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

/** How long the page must keep still to count as at rest: longer than any gap between a smooth scroll's frames. */
const STILL_MS = 300;

/**
 * Waits until the page, having left `fromY`, has not scrolled for STILL_MS and the story is
 * settled. `data-settled` alone can still be there from before a wheel's scroll has begun: a
 * second turn of the wheel, reckoned from a page still on its way, then overshot to the next
 * resting place (seen in CI).
 */
async function waitForStillPage(page: Page, fromY: number): Promise<void> {
  await page.evaluate(
    ({ stillMs, fromY }) =>
      new Promise<void>((resolve) => {
        // A loaded machine may start the scroll late: stillness counts once it has left fromY
        // (or after a second, if it never does, at the end of the page).
        const startedBy = performance.now() + 1_000;
        let lastY = window.scrollY;
        let stillSince = performance.now();
        const look = (now: number) => {
          if (window.scrollY !== lastY) [lastY, stillSince] = [window.scrollY, now];
          const started = Math.round(lastY) !== fromY || now > startedBy;
          if (started && now - stillSince >= stillMs) resolve();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
    { stillMs: STILL_MS, fromY },
  );
  await page.waitForSelector('html[data-settled]');
}

/** Turns the mouse wheel until the page rests at `target` (snapping takes care of the last pixels). */
export async function wheelTo(page: Page, target: number): Promise<void> {
  await page.mouse.move(800, 450);
  for (let attempt = 0; attempt < 4; attempt++) {
    const fromY = await scrollY(page);
    let remaining = target - fromY;
    if (Math.abs(remaining) <= 1) break;
    while (Math.abs(remaining) > 0) {
      const delta = Math.sign(remaining) * Math.min(Math.abs(remaining), 600);
      await page.mouse.wheel(0, delta);
      remaining -= delta;
    }
    await waitForStillPage(page, fromY);
  }
  await expect.poll(() => scrollY(page)).toBe(target);
  await page.waitForSelector('html[data-settled]');
}

