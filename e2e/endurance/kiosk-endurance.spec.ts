/**
 * Weeks at an exhibition, compressed: the kiosk's clock is fast-forwarded through
 * hundreds of loops, and after forced garbage collection the page must hold no more
 * JS heap, DOM nodes or event listeners at the last loop than after warm-up. Figures
 * are printed. Each step is jumped to its end and given a few frames, so every scene
 * mounts, animates and unmounts in every loop.
 */
import { describeSample, loopHolds, memoryProbe, openOnPausedClock, playOneLoop, sampleMemory, visitWithCountdown, VISIT_QUERY, type MemorySample } from '../kiosk-clock.ts';
import { deck, expect, shownPosition, test } from '../fixtures.ts';

const LOOPS = Number(process.env.KIOSK_ENDURANCE_LOOPS ?? 200);
const SAMPLE_AT = [1, 10, Math.round(LOOPS / 4), Math.round(LOOPS / 2), LOOPS].filter((loop, index, all) => loop <= LOOPS && all.indexOf(loop) === index);
/** After warm-up, what a loop may leave behind in total over the run: a bound on noise, not on a leak. */
const ALLOWED_GROWTH = { heapBytes: 1024 * 1024, nodes: 40, listeners: 10 };

const advisory = deck.scenes.find((scene) => scene.advisory)!;
const holds = loopHolds(deck);

// A small window: the same scenes, mounted and animated alike, for less rasterising per step.
test.use({ viewport: { width: 800, height: 450 } });

test(`the kiosk runs ${LOOPS} loops with no error and no growth in heap, nodes or listeners`, async ({ page }, testInfo) => {
  test.setTimeout(20 * 60_000);
  const cdp = await memoryProbe(page);
  await openOnPausedClock(page, `./?kiosk&${VISIT_QUERY}`);

  const samples: MemorySample[] = [];
  const started = Date.now();
  for (let loop = 1; loop <= LOOPS; loop++) {
    expect(await shownPosition(page), `loop ${loop} starts with the advisory`).toEqual({ scene: advisory.id, step: '0' });
    if (SAMPLE_AT.includes(loop)) samples.push(await sampleMemory(page, cdp, loop));
    await visitWithCountdown(page);
    await playOneLoop(page, holds);
  }
  const realSeconds = (Date.now() - started) / 1000;

  const table = samples.map((entry) => `  ${describeSample(entry)}`);
  const report = [`kiosk endurance: ${LOOPS} loops (${((LOOPS * holds.reduce((a, b) => a + b, 0)) / 3_600_000).toFixed(1)} h of show) in ${realSeconds.toFixed(0)} s`, ...table].join('\n');
  console.log(report);
  await testInfo.attach('kiosk-endurance.txt', { body: report, contentType: 'text/plain' });

  const warm = samples.find((entry) => entry.loop === 10) ?? samples[0]!;
  const last = samples.at(-1)!;
  expect(last.heapBytes - warm.heapBytes, 'JS heap growth after warm-up (bytes)').toBeLessThanOrEqual(ALLOWED_GROWTH.heapBytes);
  expect(last.nodes - warm.nodes, 'DOM node growth after warm-up').toBeLessThanOrEqual(ALLOWED_GROWTH.nodes);
  expect(last.listeners - warm.listeners, 'event listener growth after warm-up').toBeLessThanOrEqual(ALLOWED_GROWTH.listeners);
});
