/**
 * Comparing pictures of the show: screenshots with the ambient flicker masked (it breathes
 * on its own clock) and the fraction of pixels that differ between two of them.
 */
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';

/** Fraction of pixels allowed to differ: anti-aliasing of text and strokes, nothing more. */
export const MAX_DIFFERENT = 0.002;

/** A screenshot of the show; `hide` names page chrome (a progress line) left out of the picture. */
export function showPicture(page: Page, hide: string[] = []): Promise<Buffer> {
  return page.screenshot({
    mask: [page.locator('[data-ambient]')],
    animations: 'disabled',
    style: hide.length ? `${hide.join(', ')} { visibility: hidden !important; }` : undefined,
  });
}

export function differentFraction(a: Buffer, b: Buffer): number {
  const first = PNG.sync.read(a);
  const second = PNG.sync.read(b);
  const different = pixelmatch(first.data, second.data, null, first.width, first.height, { threshold: 0.1 });
  return different / (first.width * first.height);
}
