/**
 * Opening the overview: from the O key to a grid that answers the arrows (its current cell
 * focused, stamped in the page on the first frame that sees it), and to every thumbnail in view
 * drawn; the long animation frames (over 50 ms) from the key until a half second after that.
 * On the deck itself (13 scenes, with their drawings) and on the generated 200-scene deck
 * (bench/long-deck.ts), where End then jumps to the last scene, the far end of a lazy grid. And
 * `?view=overview` of the 200 scenes loaded cold, to `<html data-ready>`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { serveFolder } from '../../src/export/static-server.ts';
import { newBenchContext } from '../browser-context.ts';
import { figure, type BenchContext, type Measurement } from '../figures.ts';
import { LONG_DECK_SCENES, writeLongDeck } from '../long-deck.ts';
import { framesIn, startFrameRecorder, supportsLongAnimationFrames, type LongFrame } from '../page-frames.ts';
import { buildRenderer } from '../renderer-build.ts';
import { median } from '../stats.ts';
import { VIEWPORT } from './viewport.ts';
import { readyAt, stampReadiness } from '../ready-stamp';

interface Opening {
  /** Key to a focused, answering grid. */
  interactiveMs: number;
  /** Key to every thumbnail in the grid's view drawn. */
  thumbnailsMs: number;
  longFrames: LongFrame[];
}

/**
 * Presses `key` and stamps, on the page's clock, the key, the first frame with a grid cell
 * focused (the cell `focusedId` when given), and the first frame with no placeholder left in view.
 */
async function timeKey(page: Page, key: string, focusedId: string | null): Promise<Opening> {
  await page.evaluate((expected) => {
    const marks = { keyAt: 0, interactiveAt: 0, thumbnailsAt: 0 };
    (window as unknown as { __overview: typeof marks }).__overview = marks;
    // Which thumbnails are in the grid's view, told by an observer: reading boxes every frame would
    // force the very layouts being measured.
    const inView = new Set<Element>();
    let watching: IntersectionObserver | null = null;
    addEventListener('keydown', () => {
      marks.keyAt = performance.now();
      const look = () => {
        const now = performance.now();
        const focused = document.activeElement?.getAttribute('data-overview-cell');
        if (!marks.interactiveAt && focused && (!expected || focused === expected)) marks.interactiveAt = now;
        const grid = document.querySelector('[data-overview-grid]');
        if (grid && !watching) {
          watching = new IntersectionObserver((entries) => {
            for (const entry of entries) entry.isIntersecting ? inView.add(entry.target) : inView.delete(entry.target);
          }, { root: grid });
          for (const thumbnail of grid.querySelectorAll('[data-thumbnail]')) watching.observe(thumbnail);
        } else if (marks.interactiveAt && inView.size > 0 && [...inView].every((thumbnail) => thumbnail.getAttribute('data-thumbnail') === 'drawn')) {
          marks.thumbnailsAt = now;
          watching?.disconnect();
        }
        if (!marks.thumbnailsAt) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }, { capture: true, once: true });
  }, focusedId);
  await page.keyboard.press(key);
  await page.waitForFunction(() => (window as unknown as { __overview: { thumbnailsAt: number } }).__overview.thumbnailsAt > 0, null, { timeout: 60_000 });
  const marks = await page.evaluate(() => (window as unknown as { __overview: { keyAt: number; interactiveAt: number; thumbnailsAt: number } }).__overview);
  await page.waitForTimeout(500);
  const { longFrames } = await framesIn(page, [{ startMs: marks.keyAt, endMs: marks.thumbnailsAt + 500 }]);
  return { interactiveMs: marks.interactiveAt - marks.keyAt, thumbnailsMs: marks.thumbnailsAt - marks.keyAt, longFrames };
}

/** Opens the show at `sceneId`, then the overview with O; on the long deck, End after it. */
async function openOverview(context: BenchContext, url: string, sceneId: string, thenEnd: boolean): Promise<{ open: Opening; end: Opening | null }> {
  const browserContext = await newBenchContext(context.browser, { viewport: VIEWPORT });
  try {
    const page = await browserContext.newPage();
    await page.goto(`${url}/index.html#/${sceneId}`);
    await page.waitForSelector('html[data-ready][data-settled]', { state: 'attached', timeout: 60_000 });
    if (!(await supportsLongAnimationFrames(page))) throw new Error('this Chromium reports no long animation frames: a count of 0 would lie');
    await startFrameRecorder(page);
    const open = await timeKey(page, 'o', sceneId);
    const end = thenEnd ? await timeKey(page, 'End', null) : null;
    return { open, end };
  } finally {
    await browserContext.close();
  }
}

/** `?view=overview` loaded cold: navigation to `<html data-ready>`. */
async function coldPage(context: BenchContext, url: string): Promise<number> {
  const browserContext = await newBenchContext(context.browser, { viewport: VIEWPORT });
  try {
    const page = await browserContext.newPage();
    await stampReadiness(page);
    await page.goto(`${url}/index.html?view=overview`);
    await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 60_000 });
    return await readyAt(page);
  } finally {
    await browserContext.close();
  }
}

export const overview = {
  name: 'overview',
  async run(context: BenchContext): Promise<Measurement> {
    const runs = context.quick ? 2 : 5;
    const slides = join(mkdtempSync(join(tmpdir(), 'bench-long-deck-')), 'slides');
    writeLongDeck(slides);
    const longRenderer = buildRenderer(slides);
    const longServer = await serveFolder(longRenderer);
    const deckOpens: Opening[] = [];
    const longOpens: Opening[] = [];
    const longEnds: Opening[] = [];
    const pageLoads: number[] = [];
    try {
      const middle = context.deck.scenes[Math.floor(context.deck.scenes.length / 2)]!.id;
      for (let run = 0; run < runs; run++) {
        deckOpens.push((await openOverview(context, context.url, middle, false)).open);
        const long = await openOverview(context, longServer.url, `generated-${LONG_DECK_SCENES / 2}`, true);
        longOpens.push(long.open);
        longEnds.push(long.end!);
        pageLoads.push(await coldPage(context, longServer.url));
      }
    } finally {
      await longServer.close();
      rmSync(dirname(slides), { recursive: true, force: true });
      rmSync(dirname(longRenderer), { recursive: true, force: true });
    }
    const all = [...deckOpens, ...longOpens, ...longEnds];
    const longFrames = all.flatMap((opening) => opening.longFrames);
    const ms = (openings: Opening[], pick: (opening: Opening) => number) => openings.map(pick).map((value) => value.toFixed(0)).join(', ');
    context.log(`  ${context.deck.scenes.length} scenes, O to a focused grid: ${ms(deckOpens, (o) => o.interactiveMs)} ms; to thumbnails drawn: ${ms(deckOpens, (o) => o.thumbnailsMs)} ms`);
    context.log(`  ${LONG_DECK_SCENES} scenes, O to a focused grid: ${ms(longOpens, (o) => o.interactiveMs)} ms; to thumbnails drawn: ${ms(longOpens, (o) => o.thumbnailsMs)} ms`);
    context.log(`  ${LONG_DECK_SCENES} scenes, End to the last thumbnails drawn: ${ms(longEnds, (o) => o.thumbnailsMs)} ms`);
    context.log(`  ?view=overview of ${LONG_DECK_SCENES} scenes, cold, to data-ready: ${pageLoads.map((value) => value.toFixed(0)).join(', ')} ms`);
    context.log(`  long frames: ${longFrames.length}${longFrames.length ? ` (${longFrames.map((frame) => `${frame.durationMs.toFixed(0)} ms`).join(', ')})` : ''}`);
    return {
      name: 'overview',
      title: 'Overview',
      method:
        `O pressed in the audience view (1920x1080, no throttling), at the middle scene of the deck (${context.deck.scenes.length} scenes) and of a generated ${LONG_DECK_SCENES}-scene deck; ` +
        'timed in the page from the keydown to the first frame with the current scene’s cell focused (the grid answers the arrows), and to the first frame with no thumbnail placeholder in the grid’s view; ' +
        'on the long deck End then jumps to the last cell, timed the same way. Long animation frames from the key to half a second after the thumbnails. ' +
        `?view=overview of the long deck loaded cold (a new context), navigation to html[data-ready]. ${runs} runs each.`,
      figures: [
        figure('open-13', `${context.deck.scenes.length} scenes: O to a focused grid, median`, median(deckOpens.map((o) => o.interactiveMs)), 'ms'),
        figure('open-200', `${LONG_DECK_SCENES} scenes: O to a focused grid, median`, median(longOpens.map((o) => o.interactiveMs)), 'ms'),
        figure('thumbnails-200', `${LONG_DECK_SCENES} scenes: O to the thumbnails in view drawn, median`, median(longOpens.map((o) => o.thumbnailsMs)), 'ms'),
        figure('end-200', `${LONG_DECK_SCENES} scenes: End to the last thumbnails drawn, median`, median(longEnds.map((o) => o.thumbnailsMs)), 'ms'),
        figure('page-ready-200', `?view=overview, ${LONG_DECK_SCENES} scenes, cold load to ready, median`, median(pageLoads), 'ms'),
        figure('long-frames', `long animation frames over ${all.length} opens and jumps`, longFrames.length, 'frames'),
      ],
      details: { deckOpens, longOpens, longEnds, pageLoads },
    };
  },
};
