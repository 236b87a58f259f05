/**
 * Comparing pictures of the show: screenshots with the ambient flicker masked (it breathes
 * on its own clock) and the fraction of pixels that differ between two of them.
 */
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { REPAINT_STYLE } from '../src/video/render-video.ts';

/**
 * Fraction of pixels allowed to differ: 0.05 %, a few hundred pixels of anti-aliasing. With
 * the repaint below, every step reached forward, back, by deep link or by scroll measured 0
 * differing pixels here; hiding one line of a caption changes about 0.3 %.
 */
export const MAX_DIFFERENT = 0.0005;

/**
 * Repaints everything on stage before the picture is taken (the video export's own rule): the
 * same step reached two ways would otherwise differ by its paint history alone (0.1 to 0.3 %).
 */
const REPAINT = REPAINT_STYLE;

/** A screenshot of the show; `hide` names page chrome (a progress line) left out of the picture. */
export function showPicture(page: Page, hide: string[] = []): Promise<Buffer> {
  return page.screenshot({
    mask: [page.locator('[data-scene-id] [data-ambient]')],
    animations: 'disabled',
    style: [REPAINT, ...(hide.length ? [`${hide.join(', ')} { visibility: hidden !important; }`] : [])].join('\n'),
  });
}

export function differentFraction(a: Buffer, b: Buffer): number {
  const first = PNG.sync.read(a);
  const second = PNG.sync.read(b);
  const different = pixelmatch(first.data, second.data, null, first.width, first.height, { threshold: 0.1 });
  return different / (first.width * first.height);
}
