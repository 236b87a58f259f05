/**
 * When a page says it is ready, stamped inside it: `<html data-ready>` watched from before the
 * first script runs, at performance.now(), which counts from the navigation's start. A stamp from
 * Playwright's side would add its round trips to the figure.
 */
import type { Page } from '@playwright/test';

interface Stamped {
  __readyAt: number;
  __shownAt?: number;
}

/** Call before the navigation to be measured. */
export async function stampReadiness(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const stamped = window as unknown as Stamped;
    new MutationObserver((_, observer) => {
      // The first scene painted by the build is on screen (its fonts in) before the scripts have run.
      if (stamped.__shownAt === undefined && document.getElementById('first-scene')?.hasAttribute('data-shown')) stamped.__shownAt = performance.now();
      if (!document.documentElement?.hasAttribute('data-ready')) return;
      stamped.__readyAt = performance.now();
      stamped.__shownAt ??= stamped.__readyAt;
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-shown'] });
  });
}

/**
 * Milliseconds from the navigation's start to the first scene's words on screen, set in their
 * fonts: the copy the build painted into the page shown, or the page ready, whichever came first.
 */
export function shownAt(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as Stamped).__shownAt!);
}

/** Milliseconds from the navigation's start to `data-ready`, once the page is ready. */
export function readyAt(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as Stamped).__readyAt);
}
