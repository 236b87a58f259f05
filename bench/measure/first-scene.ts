/**
 * Time to first scene: from navigation to `<html data-ready>` (fonts loaded, first scene
 * laid out), stamped in the page, each load in a fresh browser context so nothing is
 * cached. The median of several loads, at full CPU speed. The budget's yardstick, reveal.js
 * showing the same article, is loaded the same way, each of its loads right after one of ours.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFolder } from '../../src/export/static-server.ts';
import { revealVersion, writeRevealDeck } from '../reference/reveal-deck.ts';
import { median } from '../stats.ts';
import { newBenchContext } from '../browser-context.ts';
import { figure, type BenchContext, type Measurement } from '../figures.ts';
import { VIEWPORT } from './viewport.ts';
import { readyAt, stampReadiness } from '../ready-stamp';

/** Where a load's time went, on the page's clock: enough to see what to make faster. */
export interface ColdLoad {
  readyMs: number;
  scriptLoadedMs: number | null;
  domContentLoadedMs: number;
  firstPaintMs: number | null;
  fontsRequestedMs: number | null;
  fontsLoadedMs: number | null;
}

async function oneColdLoad(context: BenchContext, url: string): Promise<ColdLoad> {
  const browserContext = await newBenchContext(context.browser, { viewport: VIEWPORT });
  try {
    const page = await browserContext.newPage();
    await stampReadiness(page);
    await page.goto(`${url}/index.html`);
    await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 30_000 });
    const readyMs = await readyAt(page);
    const timings = await page.evaluate(() => {
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const fonts = resources.filter((entry) => entry.name.endsWith('.woff2'));
      const script = resources.find((entry) => entry.name.endsWith('.js'));
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        scriptLoadedMs: script?.responseEnd ?? null,
        domContentLoadedMs: navigation.domContentLoadedEventEnd,
        firstPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        fontsRequestedMs: fonts.length ? Math.min(...fonts.map((entry) => entry.startTime)) : null,
        fontsLoadedMs: fonts.length ? Math.max(...fonts.map((entry) => entry.responseEnd)) : null,
      };
    });
    return { readyMs, ...timings };
  } finally {
    await browserContext.close();
  }
}

export const firstScene = {
  name: 'first-scene',
  async run(context: BenchContext): Promise<Measurement> {
    const referenceDir = mkdtempSync(join(tmpdir(), 'bench-reveal-'));
    writeRevealDeck(context.deck, referenceDir);
    const reference = await serveFolder(referenceDir);
    const loads: ColdLoad[] = [];
    const referenceLoads: ColdLoad[] = [];
    try {
      // Interleaved, so a busier minute of the machine weighs on both alike.
      for (let index = 0; index < (context.quick ? 3 : 7); index++) {
        loads.push(await oneColdLoad(context, context.url));
        referenceLoads.push(await oneColdLoad(context, reference.url));
      }
    } finally {
      await reference.close();
      rmSync(referenceDir, { recursive: true, force: true });
    }
    const ready = loads.map((load) => load.readyMs);
    const referenceReady = referenceLoads.map((load) => load.readyMs);
    const reveal = `reveal.js ${revealVersion()}`;
    context.log(`  loads: ${ready.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    context.log(`  ${reveal}, the same article: ${referenceReady.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    return {
      name: 'first-scene',
      title: 'First scene',
      method:
        'Navigation start to html[data-ready], stamped in the page by a MutationObserver; each load in a new browser context (cold cache), 1920x1080, no throttling. ' +
        `Each load is followed by one of ${reveal} showing the deck's article text (one slide per step, black theme, ready after fonts and two frames), served the same way.`,
      figures: [
        figure('median', `median of ${loads.length} cold loads`, median(ready), 'ms'),
        figure('worst', 'slowest load', Math.max(...ready), 'ms'),
        figure('reveal-median', `${reveal}, same article, median`, median(referenceReady), 'ms'),
      ],
      details: { loads, referenceLoads },
    };
  },
};
