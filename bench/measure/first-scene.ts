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
import { median, ratio } from '../stats.ts';
import { gzipKB } from './bundle.ts';
import { newBenchContext } from '../browser-context.ts';
import { figure, type BenchContext, type Measurement } from '../figures.ts';
import { VIEWPORT } from './viewport.ts';
import { readyAt, shownAt, stampReadiness } from '../ready-stamp';

/** Where a load's time went, on the page's clock: enough to see what to make faster. */
export interface ColdLoad {
  readyMs: number;
  /** The first scene's words on screen in their fonts: painted by the build before the scripts, or at ready. */
  shownMs: number;
  scriptLoadedMs: number | null;
  domContentLoadedMs: number;
  firstPaintMs: number | null;
  fontsRequestedMs: number | null;
  fontsLoadedMs: number | null;
  /** The scripts and stylesheets asked for before `data-ready`, as paths under the served folder. */
  codeBeforeReady: string[];
}

async function oneColdLoad(context: BenchContext, url: string): Promise<ColdLoad> {
  const browserContext = await newBenchContext(context.browser, { viewport: VIEWPORT });
  try {
    const page = await browserContext.newPage();
    await stampReadiness(page);
    await page.goto(`${url}/index.html`);
    await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 30_000 });
    const readyMs = await readyAt(page);
    const shownMs = await shownAt(page);
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
    // Every script and stylesheet the page asked for before it was ready: index.html's, and any chunk it imported on the way.
    const codeBeforeReady = await page.evaluate(
      ({ ready, root }) =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => entry.startTime <= ready && /\.(?:js|css)$/.test(new URL(entry.name).pathname))
          .map((entry) => decodeURIComponent(new URL(entry.name).pathname).slice(new URL(root).pathname.length).replace(/^\//, '')),
      { ready: readyMs, root: url },
    );
    return { readyMs, shownMs, ...timings, codeBeforeReady };
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
    let bytes = Number.NaN;
    let referenceBytes = Number.NaN;
    try {
      // Interleaved, so a busier minute of the machine weighs on both alike.
      for (let index = 0; index < (context.quick ? 3 : 7); index++) {
        loads.push(await oneColdLoad(context, context.url));
        referenceLoads.push(await oneColdLoad(context, reference.url));
      }
      // Gzipped from the files served (the server does not compress): the code the last cold load of each asked for before ready.
      bytes = gzipKB(context.rendererDir, loads.at(-1)!.codeBeforeReady);
      referenceBytes = gzipKB(referenceDir, referenceLoads.at(-1)!.codeBeforeReady);
    } finally {
      await reference.close();
      rmSync(referenceDir, { recursive: true, force: true });
    }
    const ready = loads.map((load) => load.readyMs);
    const shown = loads.map((load) => load.shownMs);
    const referenceReady = referenceLoads.map((load) => load.readyMs);
    const reveal = `reveal.js ${revealVersion()}`;
    context.log(`  loads: ${ready.map((ms) => ms.toFixed(0)).join(', ')} ms (words on screen: ${shown.map((ms) => ms.toFixed(0)).join(', ')} ms)`);
    context.log(`  ${reveal}, the same article: ${referenceReady.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    return {
      name: 'first-scene',
      title: 'First scene',
      method:
        'Navigation start to html[data-ready], stamped in the page by a MutationObserver; each load in a new browser context (cold cache), 1920x1080, no throttling. ' +
        'Words on screen: the same to the first scene painted into index.html by the build being shown (its fonts in), before the scripts have run. ' +
        `Each load is followed by one of ${reveal} showing the deck's article text (one slide per step, black theme, ready after fonts and two frames), served the same way. ` +
        'Bytes before ready: the .js and .css files a load asked for (resource timing, started before ready), gzipped at the default level from the files served.',
      figures: [
        figure('median', `median of ${loads.length} cold loads`, median(ready), 'ms'),
        figure('worst', 'slowest load', Math.max(...ready), 'ms'),
        figure('reveal-median', `${reveal}, same article, median`, median(referenceReady), 'ms'),
        figure('reveal-ratio', `median over ${reveal}'s, same run`, ratio(median(ready), median(referenceReady)), '×'),
        figure('shown-median', 'words on screen in their fonts (painted before the scripts), median', median(shown), 'ms'),
        figure('shown-reveal-ratio', `words on screen over ${reveal}'s ready, same run`, ratio(median(shown), median(referenceReady)), '×'),
        figure('bytes-before-ready', 'JS+CSS asked for before ready, gzip', bytes, 'KB'),
        figure('reveal-bytes-before-ready', `${reveal}: JS+CSS asked for before ready, gzip`, referenceBytes, 'KB'),
        figure('bytes-ratio', `JS+CSS before ready over ${reveal}'s`, ratio(bytes, referenceBytes), '×'),
      ],
      details: { loads, referenceLoads },
    };
  },
};
