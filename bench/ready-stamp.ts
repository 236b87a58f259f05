/**
 * When a page says it is ready, stamped inside it: `<html data-ready>` watched from before the
 * first script runs, at performance.now(), which counts from the navigation's start. A stamp from
 * Playwright's side would add its round trips to the figure.
 */
import type { Page } from '@playwright/test';

interface Stamped {
  __readyAt: number;
}

/** Call before the navigation to be measured. */
export async function stampReadiness(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.documentElement?.hasAttribute('data-ready')) return;
      (window as unknown as Stamped).__readyAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
}

/** Milliseconds from the navigation's start to `data-ready`, once the page is ready. */
export function readyAt(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as Stamped).__readyAt);
}
