/**
 * When an audience page shows a step, stamped inside the browser (timeOrigin + now, one clock
 * across the pages of one browser), so Playwright's round trips are not counted: armed before the
 * command that moves the show, read after it.
 */
import type { Page } from '@playwright/test';

/** Starts watching `audience` for `data-step` becoming `step`. */
export async function watchForStep(audience: Page, step: string): Promise<void> {
  await audience.evaluate((expected) => {
    (window as unknown as { __stepSeen: Promise<number> }).__stepSeen = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.documentElement.dataset.step !== expected) return;
        observer.disconnect();
        resolve(performance.timeOrigin + performance.now());
      });
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-step'] });
    });
  }, step);
}

/** The moment the watched step showed (waits for it). */
export function stepSeenAt(audience: Page): Promise<number> {
  return audience.evaluate(() => (window as unknown as { __stepSeen: Promise<number> }).__stepSeen);
}
