/**
 * Kiosk endurance: many loops of the show fast-forwarded on Playwright's clock (the technique
 * of e2e/web/kiosk-endurance.spec.ts, shared through e2e/kiosk-clock.ts), with JS heap, DOM
 * nodes and event listeners read after forced garbage collection at loop 1, 10 and the last.
 */
import { loopHolds, memoryProbe, openOnPausedClock, playOneLoop, sampleMemory, type MemorySample } from '../../e2e/kiosk-clock.ts';
import { newBenchContext } from '../browser-context.ts';
import { figure, type BenchContext, type Measurement } from '../figures.ts';

const WARM_UP_LOOP = 10;

export const kiosk = {
  name: 'kiosk',
  async run(context: BenchContext): Promise<Measurement> {
    const loops = context.quick ? 12 : 200;
    const sampleAt = [1, WARM_UP_LOOP, loops];
    // A small window, as the endurance spec: the same scenes mounted and animated, less rasterising.
    const browserContext = await newBenchContext(context.browser, { viewport: { width: 800, height: 450 } });
    try {
      const page = await browserContext.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      const cdp = await memoryProbe(page);
      await openOnPausedClock(page, `${context.url}/index.html?kiosk`);
      const holds = loopHolds(context.deck);
      const samples: MemorySample[] = [];
      const started = performance.now();
      for (let loop = 1; loop <= loops; loop++) {
        if (sampleAt.includes(loop)) samples.push(await sampleMemory(page, cdp, loop));
        await playOneLoop(page, holds);
        if (loop % 50 === 0) context.log(`  loop ${loop} of ${loops}`);
      }
      const seconds = (performance.now() - started) / 1000;
      const at = (loop: number) => samples.find((sample) => sample.loop === loop)!;
      const [first, warm, last] = [at(1), at(WARM_UP_LOOP), at(loops)];
      const mb = (bytes: number) => bytes / 1024 / 1024;
      const showHours = (loops * holds.reduce((sum, hold) => sum + hold, 0)) / 3_600_000;
      return {
        name: 'kiosk',
        title: 'Kiosk endurance',
        method: `${loops} kiosk loops (${showHours.toFixed(1)} h of show) fast-forwarded on Playwright's clock at 800x450, in ${seconds.toFixed(0)} s; heap, nodes and listeners from CDP Performance.getMetrics after two forced garbage collections; growth from loop ${WARM_UP_LOOP} to ${loops}.`,
        figures: [
          figure('loops', 'loops', loops, 'loops'),
          figure('heap-1', 'heap at loop 1', mb(first.heapBytes), 'MB'),
          figure('heap-10', `heap at loop ${WARM_UP_LOOP}`, mb(warm.heapBytes), 'MB'),
          figure('heap-n', `heap at loop ${loops}`, mb(last.heapBytes), 'MB'),
          figure('heap-growth', `heap growth, loop ${WARM_UP_LOOP} to ${loops}`, mb(last.heapBytes - warm.heapBytes), 'MB'),
          figure('nodes-n', `DOM nodes at loop ${loops}`, last.nodes, 'nodes'),
          figure('nodes-growth', `DOM node growth, loop ${WARM_UP_LOOP} to ${loops}`, last.nodes - warm.nodes, 'nodes'),
          figure('listeners-n', `listeners at loop ${loops}`, last.listeners, 'listeners'),
          figure('listeners-growth', `listener growth, loop ${WARM_UP_LOOP} to ${loops}`, last.listeners - warm.listeners, 'listeners'),
          figure('page-errors', 'page and console errors', errors.length, 'errors'),
        ],
        details: { samples, realSeconds: seconds, showHours, errors },
      };
    } finally {
      await browserContext.close();
    }
  },
};
