/**
 * Frame pacing through the show's transitions, at full CPU speed and with the CPU slowed
 * four times (CDP Emulation.setCPUThrottlingRate). Each transition is played by Page Down:
 * the very `next` command autoplay's clock dispatches when a hold ends, so the motion is
 * autoplay's, while the holds (seconds of a still picture) are left out. Autoplay itself
 * cannot be timed under Playwright's clock, which replaces requestAnimationFrame and
 * performance.now: its frame times would be the test's, not the browser's. A transition lasts
 * from the key event to the frame that sees the new step with `data-settled`. What a hold gives
 * the show is kept: before a scene change, the next scene is let finish getting ready behind the
 * current one (it is mounted on standby once the page is idle), as it would during any hold.
 * The full run plays every step; --quick plays only the scene changes, each reached by a
 * deep link to the scene's last step.
 *
 * Beside the 4x pass, reveal.js's deck of the same article (one slide per step with words of the
 * article, its default slide transition: reference/reveal-deck.ts) is stepped through the same way
 * in the same run: a fresh page at 1920x1080, cross-origin isolated, CPU 4x, Page Down after the
 * same gap, from the key event to the frame that sees the new slide's transition ended, its long
 * animation frames counted by the same recorder. --quick plays as many of its slides as scene
 * changes of ours.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Deck } from '../../src/shared/deck.ts';
import { serveFolder } from '../../src/export/static-server.ts';
import { CROSS_ORIGIN_ISOLATION, framesIn, startFrameRecorder, supportsLongAnimationFrames, type LongFrame, type Window } from '../page-frames.ts';
import { revealSlides, revealVersion, writeRevealDeck } from '../reference/reveal-deck.ts';
import { ratio, summariseFrames, type FrameSummary } from '../stats.ts';
import { newBenchContext } from '../browser-context.ts';
import { figure, type BenchContext, type Figure, type Measurement } from '../figures.ts';
import { QUARTER_VIEWPORT, VIEWPORT } from './viewport.ts';

/**
 * Each pass plays the deck in a fresh page. The third repeats 4x at a quarter of the pixels: a
 * long frame that goes away there was long for its pixels, not for the page's own work.
 */
export const PASSES = [
  { id: '1x', rate: 1, viewport: VIEWPORT, label: 'at 1x' },
  { id: '4x', rate: 4, viewport: VIEWPORT, label: 'at 4x' },
  { id: '4x-quarter', rate: 4, viewport: QUARTER_VIEWPORT, label: `at 4x, ${QUARTER_VIEWPORT.width}x${QUARTER_VIEWPORT.height}` },
] as const;
type Pass = (typeof PASSES)[number];
/** Quiet time between transitions, so one transition's last frames are not the next one's first. */
const GAP_MS = 250;
const TRANSITION_TIMEOUT_MS = 20_000;
/** Far longer than getting a scene ready takes, even at 4x; no longer than the shortest hold in the deck (4 s). */
const STANDBY_TIMEOUT_MS = 4_000;

interface Place {
  scene: string;
  step: number;
}

interface Transition extends Window {
  from: string;
  to: string;
  timedOut: boolean;
}

/** The transitions to play, in order, each from one place of the deck to the next: every one, or (quick) the scene changes. */
export function transitionsToPlay(deck: Deck, quick: boolean): { from: Place; to: Place }[] {
  const places = deck.scenes.flatMap((scene) => scene.steps.map((_, step) => ({ scene: scene.id, step })));
  const all = places.slice(1).map((to, index) => ({ from: places[index]!, to }));
  return quick ? all.filter((transition) => transition.from.scene !== transition.to.scene) : all;
}

/**
 * reveal.js's transitions to play, as the slide each goes to: every slide after the first, or
 * (when `limit` is given, for --quick) no more than `limit` of them, from the start.
 */
export function revealTransitionsToPlay(slides: number, limit: number | null): number[] {
  const all = Array.from({ length: Math.max(0, slides - 1) }, (_, index) => index + 1);
  return limit === null ? all : all.slice(0, limit);
}

const key = (place: Place) => `${place.scene}/${place.step}`;

/**
 * Where a transition arrives, as `<html>` says it: these data attributes hold these values and
 * `data-settled` is set. Ours says `data-scene` and `data-step`; reveal.js's deck `data-slide`.
 */
type Arrival = Record<string, string>;
const arrivalAt = (place: Place): Arrival => ({ scene: place.scene, step: String(place.step) });

async function waitForArrival(page: Page, arrival: Arrival): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const html = document.documentElement;
      return Object.entries(wanted).every(([name, value]) => html.dataset[name] === value) && html.hasAttribute('data-settled');
    },
    arrival,
    { timeout: TRANSITION_TIMEOUT_MS },
  );
}

/** Waits until `scene` is mounted on standby; if it never is, says so and lets the transition be measured as it comes. */
async function waitForStandby(page: Page, scene: string, log: (line: string) => void): Promise<void> {
  try {
    await page.waitForSelector(`[data-standby-scene-id="${scene}"]`, { state: 'attached', timeout: STANDBY_TIMEOUT_MS });
  } catch {
    log(`  ${scene} was not ready on standby within ${STANDBY_TIMEOUT_MS / 1000} s`);
  }
}

/** Presses Page Down and returns when, on the page's clock, the key arrived and the new step settled. */
async function playTransition(page: Page, arrival: Arrival): Promise<{ startMs: number; endMs: number; timedOut: boolean }> {
  await page.evaluate(
    ({ arrival, timeoutMs }) => {
      const armedAt = performance.now();
      (window as unknown as { __benchTransition: Promise<unknown> }).__benchTransition = new Promise((resolve) => {
        let startMs = Number.NaN;
        addEventListener('keydown', (event) => (startMs = event.timeStamp), { capture: true, once: true });
        const check = (now: number) => {
          const html = document.documentElement;
          const arrived = Object.entries(arrival).every(([name, value]) => html.dataset[name] === value) && html.hasAttribute('data-settled');
          if (!Number.isNaN(startMs) && arrived) resolve({ startMs, endMs: now, timedOut: false });
          else if (now - armedAt > timeoutMs) resolve({ startMs: Number.isNaN(startMs) ? armedAt : startMs, endMs: now, timedOut: true });
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
    { arrival, timeoutMs: TRANSITION_TIMEOUT_MS },
  );
  await page.keyboard.press('PageDown');
  return page.evaluate(() => (window as unknown as { __benchTransition: Promise<{ startMs: number; endMs: number; timedOut: boolean }> }).__benchTransition);
}

interface Played {
  transitions: Transition[];
  frameMs: number[];
  longFrames: LongFrame[];
  loafSupported: boolean;
}

export async function play(context: BenchContext, { rate, viewport }: Pass): Promise<Played> {
  const browserContext = await newBenchContext(context.browser, { viewport });
  try {
    const page = await browserContext.newPage();
    const cdp = await browserContext.newCDPSession(page);
    const plan = transitionsToPlay(context.deck, context.quick);
    await page.goto(`${context.isolatedUrl}/index.html#/${key(plan[0]!.from)}`);
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await waitForArrival(page, arrivalAt(plan[0]!.from));
    await startFrameRecorder(page);
    const loafSupported = await supportsLongAnimationFrames(page);
    if (!(await page.evaluate(() => crossOriginIsolated))) context.log('  the page is not cross-origin isolated: frame stamps are at 0.1 ms');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const transitions: Transition[] = [];
    let at = plan[0]!.from;
    for (const { from, to } of plan) {
      if (key(at) !== key(from)) {
        // A deep link to where this transition starts (--quick): not measured.
        await page.evaluate((hash) => (location.hash = hash), `#/${key(from)}`);
        await waitForArrival(page, arrivalAt(from));
      }
      await page.waitForTimeout(GAP_MS);
      if (from.scene !== to.scene) await waitForStandby(page, to.scene, context.log);
      const played = await playTransition(page, arrivalAt(to));
      transitions.push({ from: key(from), to: key(to), ...played });
      if (played.timedOut) context.log(`  ${key(from)} -> ${key(to)} did not settle within ${TRANSITION_TIMEOUT_MS / 1000} s at ${rate}x`);
      at = to;
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { transitions, ...(await framesIn(page, transitions)), loafSupported };
  } finally {
    await browserContext.close();
  }
}

/** Steps through reveal.js's deck (served from `url`, cross-origin isolated) at 4x, 1920x1080, as `play` does ours. */
async function playReveal(context: BenchContext, url: string, slides: number[]): Promise<Played> {
  const rate = 4;
  const browserContext = await newBenchContext(context.browser, { viewport: VIEWPORT });
  try {
    const page = await browserContext.newPage();
    const cdp = await browserContext.newCDPSession(page);
    await page.goto(`${url}/index.html`);
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await waitForArrival(page, { slide: '0' });
    await startFrameRecorder(page);
    const loafSupported = await supportsLongAnimationFrames(page);
    if (!(await page.evaluate(() => crossOriginIsolated))) context.log('  reveal.js’s page is not cross-origin isolated: frame stamps are at 0.1 ms');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const transitions: Transition[] = [];
    for (const slide of slides) {
      await page.waitForTimeout(GAP_MS);
      const played = await playTransition(page, { slide: String(slide) });
      transitions.push({ from: `slide ${slide - 1}`, to: `slide ${slide}`, ...played });
      if (played.timedOut) context.log(`  reveal.js slide ${slide - 1} -> ${slide} did not settle within ${TRANSITION_TIMEOUT_MS / 1000} s at ${rate}x`);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { transitions, ...(await framesIn(page, transitions)), loafSupported };
  } finally {
    await browserContext.close();
  }
}

/** A pass's figures (ids ending in `-<id>`), its line in the log, and the detail behind it. */
function passResult(id: string, label: string, played: Played): { figures: Figure[]; line: string; details: unknown; frames: FrameSummary; longFrames: number } {
  const frames = summariseFrames(played.frameMs);
  const durations = played.transitions.map((transition) => transition.endMs - transition.startMs);
  // A task over 50 ms (its rendering included) is what keeps input waiting; a long frame without
  // one was long waiting for its turn to be drawn, the main thread free.
  const blocking = played.longFrames.filter((frame) => frame.blockingMs > 0).length;
  const orNaN = (count: number) => (played.loafSupported ? count : Number.NaN);
  return {
    frames,
    longFrames: orNaN(played.longFrames.length),
    line: `  ${label}: ${played.transitions.length} transitions, ${frames.frames} frames, p95 ${frames.p95Ms.toFixed(1)} ms, ${played.longFrames.length} long animation frames (${blocking} blocking)`,
    figures: [
      figure(`transitions-${id}`, `transitions ${label}`, played.transitions.length, 'count'),
      figure(`frames-${id}`, `frames ${label}`, frames.frames, 'frames'),
      figure(`p50-${id}`, `p50 frame ${label}`, frames.p50Ms, 'ms'),
      figure(`p95-${id}`, `p95 frame ${label}`, frames.p95Ms, 'ms'),
      figure(`p99-${id}`, `p99 frame ${label}`, frames.p99Ms, 'ms'),
      figure(`max-${id}`, `worst frame ${label}`, frames.maxMs, 'ms'),
      figure(`long-frames-${id}`, `long animation frames (>50 ms) ${label}`, orNaN(played.longFrames.length), 'frames'),
      figure(`blocking-frames-${id}`, `long frames with a task >50 ms ${label}`, orNaN(blocking), 'frames'),
    ],
    details: {
      frames,
      timedOut: played.transitions.filter((transition) => transition.timedOut).map((transition) => `${transition.from} -> ${transition.to}`),
      transitions: played.transitions.map((transition, index) => ({
        from: transition.from,
        to: transition.to,
        durationMs: durations[index],
        longFrames: played.longFrames
          .filter((frame) => frame.startMs < transition.endMs && frame.startMs + frame.durationMs > transition.startMs)
          .map((frame) => ({ ...frame, atMs: frame.startMs - transition.startMs })),
      })),
    },
  };
}

export const transitions = {
  name: 'transitions',
  async run(context: BenchContext): Promise<Measurement> {
    const figures: Figure[] = [];
    const details: Record<string, unknown> = {};
    const reveal = `reveal.js ${revealVersion()}`;
    const referenceDir = mkdtempSync(join(tmpdir(), 'bench-reveal-'));
    writeRevealDeck(context.deck, referenceDir);
    const reference = await serveFolder(referenceDir, CROSS_ORIGIN_ISOLATION);
    try {
      for (const pass of PASSES) {
        const ours = passResult(pass.id, pass.label, await play(context, pass));
        context.log(ours.line);
        figures.push(...ours.figures);
        details[pass.id] = ours.details;
        if (pass.id !== '4x') continue;
        // reveal.js right after our 4x pass, the same way: the same minute of the machine for both.
        const slides = revealTransitionsToPlay(revealSlides(context.deck).length, context.quick ? transitionsToPlay(context.deck, true).length : null);
        const theirs = passResult('4x', `at 4x, ${reveal}`, await playReveal(context, reference.url, slides));
        context.log(theirs.line);
        figures.push(
          ...theirs.figures.filter((entry) => /^(transitions|frames|p95|max|long-frames|blocking-frames)-/.test(entry.id)).map((entry) => ({ ...entry, id: `reveal-${entry.id}` })),
          figure('long-frames-4x-beyond-reveal', `long animation frames at 4x, ours less ${reveal}'s, same run`, ours.longFrames - theirs.longFrames, 'frames'),
          figure('long-frames-4x-reveal-ratio', `long animation frames at 4x, ours over ${reveal}'s (NaN when it has none)`, ratio(ours.longFrames, theirs.longFrames), '×'),
        );
        details['reveal-4x'] = theirs.details;
      }
    } finally {
      await reference.close();
      rmSync(referenceDir, { recursive: true, force: true });
    }
    return {
      name: 'transitions',
      title: 'Transitions',
      method:
        `A fresh page per pass (1920x1080 at 1x and 4x; ${QUARTER_VIEWPORT.width}x${QUARTER_VIEWPORT.height} at 4x, the stage scaled to fit); each transition played by Page Down (the command autoplay dispatches at the end of a hold), ` +
        'from the key event to the frame that sees the new step settled, a scene change once the next scene is ready on standby; ' +
        'frame times from requestAnimationFrame stamps in the page (cross-origin isolated: 5 µs clocks), long frames from the long-animation-frame observer. ' +
        (context.quick ? 'Quick run: scene changes only. ' : 'Every step of the deck, in order. ') +
        `Right after the 4x pass, ${reveal}'s deck of the same article (one slide per step with words of the article, default slide transition) stepped through the same way at 4x, 1920x1080, ` +
        `from the key event to the frame that sees its slide transition ended${context.quick ? ', as many slides as our scene changes' : ', every slide'}.`,
      figures,
      details,
    };
  },
};
