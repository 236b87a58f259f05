/**
 * Weeks at an exhibition, compressed: the kiosk's clock is fast-forwarded through
 * hundreds of loops, and after forced garbage collection the page must hold no more
 * JS heap, DOM nodes or event listeners at the last loop than after warm-up. Figures
 * are printed. Each step is jumped to its end and given a few frames, so every scene
 * mounts, animates and unmounts in every loop.
 */
import type { CDPSession, Page } from '@playwright/test';
import { deck, expect, shownPosition, test } from '../fixtures.ts';

const LOOPS = Number(process.env.KIOSK_ENDURANCE_LOOPS ?? 200);
const SAMPLE_AT = [1, 10, Math.round(LOOPS / 4), Math.round(LOOPS / 2), LOOPS].filter((loop, index, all) => loop <= LOOPS && all.indexOf(loop) === index);
/** After warm-up, what a loop may leave behind in total over the run: a bound on noise, not on a leak. */
const ALLOWED_GROWTH = { heapBytes: 1024 * 1024, nodes: 40, listeners: 10 };

const advisory = deck.scenes.find((scene) => scene.advisory)!;
const holds = [advisory, ...deck.scenes.filter((scene) => !scene.advisory)].flatMap((scene) => scene.steps.map((step) => step.seconds * 1000));

interface Sample {
  loop: number;
  heapBytes: number;
  nodes: number;
  listeners: number;
}

/**
 * One loop of the show: each step's hold jumped to its end, then three frames (the move, its
 * first tweens, the scene's fade). Driven from inside the page through Playwright's own
 * clock controller: the same clock page.clock drives, without ~7,000 round trips (and the
 * init script Playwright records for each) over 200 loops.
 */
async function playOneLoop(page: Page): Promise<void> {
  const done = await page.evaluate(async (stepHolds) => {
    const controller = (globalThis as { __pwClock?: { controller?: { fastForward(ms: number): Promise<void>; runFor(ms: number): Promise<void> } } }).__pwClock?.controller;
    if (!controller) return false;
    for (const hold of stepHolds) {
      await controller.fastForward(hold);
      await controller.runFor(48);
    }
    return true;
  }, holds);
  if (!done) throw new Error('Playwright’s in-page clock controller (globalThis.__pwClock) is missing: this Playwright version drives its clock differently; update playOneLoop');
}

async function sample(page: Page, cdp: CDPSession, loop: number): Promise<Sample> {
  // Let the loop's first scene arrive and settle. Scene fades are Web Animations, which run
  // on the browser's own clock rather than the test's, so they get real time to finish.
  await page.clock.runFor(2_000);
  await page.waitForTimeout(800);
  await page.clock.runFor(100);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
  return { loop, heapBytes: metric('JSHeapUsedSize'), nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

// A small window: the same scenes, mounted and animated alike, for less rasterising per step.
test.use({ viewport: { width: 800, height: 450 } });

test(`the kiosk runs ${LOOPS} loops with no error and no growth in heap, nodes or listeners`, async ({ page }, testInfo) => {
  test.setTimeout(20 * 60_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.clock.install({ time: new Date('2026-11-29T10:00:00Z') });
  await page.clock.pauseAt(new Date('2026-11-29T10:00:01Z'));
  await page.goto('./?kiosk');
  await expect.poll(async () => {
    await page.clock.runFor(100);
    return page.evaluate(() => document.documentElement.hasAttribute('data-ready'));
  }).toBe(true);

  const samples: Sample[] = [];
  const started = Date.now();
  for (let loop = 1; loop <= LOOPS; loop++) {
    expect(await shownPosition(page), `loop ${loop} starts with the advisory`).toEqual({ scene: advisory.id, step: '0' });
    if (SAMPLE_AT.includes(loop)) samples.push(await sample(page, cdp, loop));
    await playOneLoop(page);
  }
  const realSeconds = (Date.now() - started) / 1000;

  const table = samples.map((entry) => `  loop ${String(entry.loop).padStart(4)}: heap ${(entry.heapBytes / 1024 / 1024).toFixed(2)} MB, ${entry.nodes} DOM nodes, ${entry.listeners} listeners`);
  const report = [`kiosk endurance: ${LOOPS} loops (${((LOOPS * holds.reduce((a, b) => a + b, 0)) / 3_600_000).toFixed(1)} h of show) in ${realSeconds.toFixed(0)} s`, ...table].join('\n');
  console.log(report);
  await testInfo.attach('kiosk-endurance.txt', { body: report, contentType: 'text/plain' });

  const warm = samples.find((entry) => entry.loop === 10) ?? samples[0]!;
  const last = samples.at(-1)!;
  expect(last.heapBytes - warm.heapBytes, 'JS heap growth after warm-up (bytes)').toBeLessThanOrEqual(ALLOWED_GROWTH.heapBytes);
  expect(last.nodes - warm.nodes, 'DOM node growth after warm-up').toBeLessThanOrEqual(ALLOWED_GROWTH.nodes);
  expect(last.listeners - warm.listeners, 'event listener growth after warm-up').toBeLessThanOrEqual(ALLOWED_GROWTH.listeners);
});
