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

/** Turns the mouse wheel until the page rests at `target` (snapping takes care of the last pixels). */
export async function wheelTo(page: Page, target: number): Promise<void> {
  await page.mouse.move(800, 450);
  for (let attempt = 0; attempt < 4; attempt++) {
    let remaining = target - (await scrollY(page));
    if (Math.abs(remaining) <= 1) break;
    while (Math.abs(remaining) > 0) {
      const delta = Math.sign(remaining) * Math.min(Math.abs(remaining), 600);
      await page.mouse.wheel(0, delta);
      remaining -= delta;
    }
    await page.waitForSelector('html[data-settled]');
  }
  await expect.poll(() => scrollY(page)).toBe(target);
  await page.waitForSelector('html[data-settled]');
}

