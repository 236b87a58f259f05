/**
 * Weeks of a kiosk in seconds: the show opened on Playwright's paused clock, whole loops
 * fast-forwarded from inside the page, and the page's JS heap, DOM nodes and listeners read
 * after forced garbage collection. Shared by the endurance specs and `npm run bench`, so the
 * test and the benchmark drive the kiosk the same way. No test runner imports: plain
 * Playwright pages only.
 */
import type { CDPSession, Page } from '@playwright/test';
import type { Deck } from '../src/shared/deck.ts';

export interface MemorySample {
  loop: number;
  heapBytes: number;
  nodes: number;
  listeners: number;
}

/** Each step's hold in one kiosk loop, in playing order: the advisory first, then the story. */
export function loopHolds(deck: Deck): number[] {
  const advisory = deck.scenes.filter((scene) => scene.advisory);
  return [...advisory, ...deck.scenes.filter((scene) => !scene.advisory)].flatMap((scene) => scene.steps.map((step) => step.seconds * 1000));
}

/** Opens `url` on a paused clock and runs it until the page says it is ready. */
export async function openOnPausedClock(page: Page, url: string, timeoutMs = 30_000): Promise<void> {
  await page.clock.install({ time: new Date('2026-11-29T10:00:00Z') });
  await page.clock.pauseAt(new Date('2026-11-29T10:00:01Z'));
  await page.goto(url);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.clock.runFor(100);
    if (await page.evaluate(() => document.documentElement.hasAttribute('data-ready'))) return;
    if (Date.now() > deadline) throw new Error(`${url} was not ready after ${timeoutMs / 1000} s`);
    await page.waitForTimeout(50);
  }
}

/**
 * One loop of the show: each step's hold jumped to its end, then three frames (the move, its
 * first tweens, the scene's fade). Driven from inside the page through Playwright's own
 * clock controller: the same clock page.clock drives, without ~7,000 round trips (and the
 * init script Playwright records for each) over 200 loops.
 */
export async function playOneLoop(page: Page, holds: number[]): Promise<void> {
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

/** The kiosk query for a visit in every loop: a short idle time, and its countdown. */
export const VISIT_QUERY = 'idle=10&warn=5';

/**
 * A visitor at the loop's start: a key takes the show over, they stay quiet, the countdown
 * (warned return) comes, and the show goes back to the advisory. The countdown mounts and
 * unmounts every loop, so the endurance sees whether it leaves anything behind.
 */
export async function visitWithCountdown(page: Page): Promise<void> {
  await page.keyboard.press('Shift+KeyV');
  await page.clock.runFor(5_100);
  const shown = await page.locator('[data-idle-countdown]').count();
  if (shown !== 1) throw new Error('the countdown did not appear 5 s before the return');
  await page.clock.runFor(5_000);
  // Its fade-out is a Web Animation, on the browser's own clock: give it real time to end.
  const deadline = Date.now() + 3_000;
  while ((await page.locator('[data-idle-countdown]').count()) !== 0) {
    if (Date.now() > deadline) throw new Error('the countdown was still there after the return');
    await page.waitForTimeout(50);
  }
}

/** A CDP session with the Performance domain on, for sampleMemory. */
export async function memoryProbe(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

/**
 * Runs the clock until the stage is at rest: the show settled, one scene shown and the next on
 * standby (a scene fading out is still shown, and unsettles the show). Scene fades are Web
 * Animations, which run on the browser's own clock rather than the test's, so they get real time;
 * a fixed wait was too short on a loaded machine, and a sample taken with the last scene still
 * fading out read as a leak.
 */
async function waitForRestingStage(page: Page, loop: number, timeoutMs = 15_000): Promise<void> {
  await page.clock.runFor(2_000);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const stage = await page.evaluate(() => ({
      settled: document.documentElement.hasAttribute('data-settled'),
      shown: document.querySelectorAll('[data-stage] [data-scene-id]').length,
      standby: document.querySelectorAll('[data-stage] [data-standby-scene-id]').length,
    }));
    if (stage.settled && stage.shown === 1 && stage.standby === 1) return;
    if (Date.now() > deadline) throw new Error(`loop ${loop}: the stage did not come to rest in ${timeoutMs / 1000} s: ${JSON.stringify(stage)}`);
    await page.waitForTimeout(100);
    await page.clock.runFor(100);
  }
}

/** Heap, nodes and listeners once the loop's first scene has settled and garbage is collected. */
export async function sampleMemory(page: Page, cdp: CDPSession, loop: number): Promise<MemorySample> {
  await waitForRestingStage(page, loop);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
  return { loop, heapBytes: metric('JSHeapUsedSize'), nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

export function describeSample(sample: MemorySample): string {
  return `loop ${String(sample.loop).padStart(4)}: heap ${(sample.heapBytes / 1024 / 1024).toFixed(2)} MB, ${sample.nodes} DOM nodes, ${sample.listeners} listeners`;
}
