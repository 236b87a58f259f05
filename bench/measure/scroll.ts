/**
 * Frame pacing while a reader wheels through the whole scroll story (`?mode=scroll`, snapping
 * on, as published): wheel events at a steady pace from the top to the bottom, every frame
 * stamped in the page, long animation frames counted. Each event is three 100 px notches: a
 * wheel event of 200 px or less is pulled back by the proximity snap to the resting place it
 * left (as seen in headless Chromium through CDP wheel events), so smaller ones never get
 * through the story.
 */
import type { Page } from '@playwright/test';
import { framesIn, startFrameRecorder, supportsLongAnimationFrames } from '../page-frames.ts';
import { summariseFrames } from '../stats.ts';
import { newBenchContext } from '../browser-context.ts';
import { figure, type BenchContext, type Measurement } from '../figures.ts';
import { VIEWPORT } from './viewport.ts';

/** One wheel event (three notches of a mouse wheel), and how often one comes. */
const WHEEL_PX = 300;
const WHEEL_EVERY_MS = 50;

/** Where the page is, and where the story ends: its last resting place (the snap holds the page there), or the bottom. */
const scrollPosition = (page: Page) =>
  page.evaluate(() => {
    const bottom = document.documentElement.scrollHeight - window.innerHeight;
    const rests = [...document.querySelectorAll<HTMLElement>('[data-rest]')];
    const lastRest = rests.length ? rests.at(-1)!.getBoundingClientRect().top + window.scrollY : bottom;
    return { y: window.scrollY, end: Math.min(bottom, Math.round(lastRest)), now: performance.now() };
  });

export const scroll = {
  name: 'scroll',
  async run(context: BenchContext): Promise<Measurement> {
    const browserContext = await newBenchContext(context.browser, { viewport: VIEWPORT });
    try {
      const page = await browserContext.newPage();
      await page.goto(`${context.isolatedUrl}/index.html?mode=scroll`);
      await page.waitForSelector('html[data-ready]', { state: 'attached' });
      await page.waitForSelector('html[data-settled]', { state: 'attached' });
      await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
      await startFrameRecorder(page);
      const loafSupported = await supportsLongAnimationFrames(page);
      // A quick run wheels twice as far at a time: the whole story, in half the frames.
      const delta = context.quick ? WHEEL_PX * 2 : WHEEL_PX;
      const start = await scrollPosition(page);
      let position = start;
      let events = 0;
      let stuck = 0;
      while (position.y < position.end - 1 && stuck < 3) {
        await page.mouse.wheel(0, delta);
        events++;
        await page.waitForTimeout(WHEEL_EVERY_MS);
        if (events % 5 !== 0) continue;
        const now = await scrollPosition(page);
        stuck = now.y <= position.y + 1 ? stuck + 1 : 0;
        position = now;
      }
      await page.waitForSelector('html[data-settled]', { state: 'attached' });
      const end = await scrollPosition(page);
      const { frameMs, longFrames } = await framesIn(page, [{ startMs: start.now, endMs: end.now }]);
      const frames = summariseFrames(frameMs);
      const reachedEnd = end.y >= end.end - 1;
      context.log(`  ${events} wheel events over ${end.end.toFixed(0)} px in ${((end.now - start.now) / 1000).toFixed(1)} s${reachedEnd ? '' : `; the page stopped moving at ${end.y.toFixed(0)} px`}`);
      return {
        name: 'scroll',
        title: 'Scroll story',
        method: `?mode=scroll at 1920x1080, snapping on; wheel events of ${delta} px every ${WHEEL_EVERY_MS} ms (plus the round trip) from the top to the bottom; frame times from requestAnimationFrame stamps in the page.`,
        figures: [
          figure('frames', 'frames', frames.frames, 'frames'),
          figure('p50', 'p50 frame', frames.p50Ms, 'ms'),
          figure('p95', 'p95 frame', frames.p95Ms, 'ms'),
          figure('p99', 'p99 frame', frames.p99Ms, 'ms'),
          figure('max', 'worst frame', frames.maxMs, 'ms'),
          figure('long-frames', 'long animation frames (>50 ms)', loafSupported ? longFrames.length : Number.NaN, 'frames'),
          figure('covered', 'share of the story wheeled through', (100 * end.y) / Math.max(1, end.end), '%'),
        ],
        details: { wheelEvents: events, wheelPx: delta, storyPx: end.end, endY: end.y, reachedEnd, seconds: (end.now - start.now) / 1000, frames, longFrames },
      };
    } finally {
      await browserContext.close();
    }
  },
};
