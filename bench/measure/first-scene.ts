/**
 * Time to first scene: from navigation to `<html data-ready>` (fonts loaded, first scene
 * laid out), stamped in the page, each load in a fresh browser context so nothing is
 * cached. The median of several loads, at full CPU speed.
 */
import { median } from '../stats.ts';
import { newBenchContext } from '../browser-context.ts';
import { figure, type BenchContext, type Measurement } from '../figures.ts';
import { VIEWPORT } from './viewport.ts';

/** Where a load's time went, on the page's clock: enough to see what to make faster. */
export interface ColdLoad {
  readyMs: number;
  scriptLoadedMs: number | null;
  domContentLoadedMs: number;
  firstPaintMs: number | null;
  fontsRequestedMs: number | null;
  fontsLoadedMs: number | null;
}

async function oneColdLoad(context: BenchContext): Promise<ColdLoad> {
  const browserContext = await newBenchContext(context.browser, { viewport: VIEWPORT });
  try {
    const page = await browserContext.newPage();
    await page.addInitScript(() => {
      // performance.now() counts from the navigation's start, which is what is measured.
      new MutationObserver((_, observer) => {
        if (!document.documentElement?.hasAttribute('data-ready')) return;
        (window as unknown as { __readyAt: number }).__readyAt = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    });
    await page.goto(`${context.url}/index.html`);
    await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 30_000 });
    return await page.evaluate(() => {
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const fonts = resources.filter((entry) => entry.name.endsWith('.woff2'));
      const script = resources.find((entry) => entry.name.endsWith('.js'));
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        readyMs: (window as unknown as { __readyAt: number }).__readyAt,
        scriptLoadedMs: script?.responseEnd ?? null,
        domContentLoadedMs: navigation.domContentLoadedEventEnd,
        firstPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        fontsRequestedMs: fonts.length ? Math.min(...fonts.map((entry) => entry.startTime)) : null,
        fontsLoadedMs: fonts.length ? Math.max(...fonts.map((entry) => entry.responseEnd)) : null,
      };
    });
  } finally {
    await browserContext.close();
  }
}

export const firstScene = {
  name: 'first-scene',
  async run(context: BenchContext): Promise<Measurement> {
    const loads: ColdLoad[] = [];
    for (let index = 0; index < (context.quick ? 3 : 7); index++) loads.push(await oneColdLoad(context));
    const ready = loads.map((load) => load.readyMs);
    context.log(`  loads: ${ready.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    return {
      name: 'first-scene',
      title: 'First scene',
      method: 'Navigation start to html[data-ready], stamped in the page by a MutationObserver; each load in a new browser context (cold cache), 1920x1080, no throttling.',
      figures: [figure('median', `median of ${loads.length} cold loads`, median(ready), 'ms'), figure('worst', 'slowest load', Math.max(...ready), 'ms')],
      details: { loads },
    };
  },
};
