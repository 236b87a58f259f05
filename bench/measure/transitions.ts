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
 */
import type { Page } from '@playwright/test';
import type { Deck } from '../../src/shared/deck.ts';
import { framesIn, startFrameRecorder, supportsLongAnimationFrames, type LongFrame, type Window } from '../page-frames.ts';
import { summariseFrames } from '../stats.ts';
import { newBenchContext } from '../browser-context.ts';
import { figure, type BenchContext, type Figure, type Measurement } from '../figures.ts';
import { QUARTER_VIEWPORT, VIEWPORT } from './viewport.ts';

/**
 * Each pass plays the deck in a fresh page. The third repeats 4x at a quarter of the pixels: a
 * long frame that goes away there was long for its pixels, not for the page's own work.
 */
const PASSES = [
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

const key = (place: Place) => `${place.scene}/${place.step}`;

async function waitForPlace(page: Page, place: Place): Promise<void> {
  await page.waitForFunction(
    ({ scene, step }) => {
      const html = document.documentElement;
      return html.dataset.scene === scene && html.dataset.step === String(step) && html.hasAttribute('data-settled');
    },
    place,
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
async function playTransition(page: Page, to: Place): Promise<{ startMs: number; endMs: number; timedOut: boolean }> {
  await page.evaluate(
    ({ scene, step, timeoutMs }) => {
      const armedAt = performance.now();
      (window as unknown as { __benchTransition: Promise<unknown> }).__benchTransition = new Promise((resolve) => {
        let startMs = Number.NaN;
        addEventListener('keydown', (event) => (startMs = event.timeStamp), { capture: true, once: true });
        const check = (now: number) => {
          const html = document.documentElement;
          const arrived = html.dataset.scene === scene && html.dataset.step === String(step) && html.hasAttribute('data-settled');
          if (!Number.isNaN(startMs) && arrived) resolve({ startMs, endMs: now, timedOut: false });
          else if (now - armedAt > timeoutMs) resolve({ startMs: Number.isNaN(startMs) ? armedAt : startMs, endMs: now, timedOut: true });
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
    { ...to, timeoutMs: TRANSITION_TIMEOUT_MS },
  );
  await page.keyboard.press('PageDown');
  return page.evaluate(() => (window as unknown as { __benchTransition: Promise<{ startMs: number; endMs: number; timedOut: boolean }> }).__benchTransition);
}

async function play(context: BenchContext, { rate, viewport }: Pass): Promise<{ transitions: Transition[]; frameMs: number[]; longFrames: LongFrame[]; loafSupported: boolean }> {
  const browserContext = await newBenchContext(context.browser, { viewport });
  try {
    const page = await browserContext.newPage();
    const cdp = await browserContext.newCDPSession(page);
    const plan = transitionsToPlay(context.deck, context.quick);
    await page.goto(`${context.isolatedUrl}/index.html#/${key(plan[0]!.from)}`);
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await waitForPlace(page, plan[0]!.from);
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
        await waitForPlace(page, from);
      }
      await page.waitForTimeout(GAP_MS);
      if (from.scene !== to.scene) await waitForStandby(page, to.scene, context.log);
      const played = await playTransition(page, to);
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

export const transitions = {
  name: 'transitions',
  async run(context: BenchContext): Promise<Measurement> {
    const figures: Figure[] = [];
    const details: Record<string, unknown> = {};
    for (const pass of PASSES) {
      const { id, label } = pass;
      const played = await play(context, pass);
      const frames = summariseFrames(played.frameMs);
      const durations = played.transitions.map((transition) => transition.endMs - transition.startMs);
      // A task over 50 ms (its rendering included) is what keeps input waiting; a long frame without
      // one was long waiting for its turn to be drawn, the main thread free.
      const blocking = played.longFrames.filter((frame) => frame.blockingMs > 0).length;
      context.log(`  ${label}: ${played.transitions.length} transitions, ${frames.frames} frames, p95 ${frames.p95Ms.toFixed(1)} ms, ${played.longFrames.length} long animation frames (${blocking} blocking)`);
      const orNaN = (count: number) => (played.loafSupported ? count : Number.NaN);
      figures.push(
        figure(`transitions-${id}`, `transitions ${label}`, played.transitions.length, 'count'),
        figure(`frames-${id}`, `frames ${label}`, frames.frames, 'frames'),
        figure(`p50-${id}`, `p50 frame ${label}`, frames.p50Ms, 'ms'),
        figure(`p95-${id}`, `p95 frame ${label}`, frames.p95Ms, 'ms'),
        figure(`p99-${id}`, `p99 frame ${label}`, frames.p99Ms, 'ms'),
        figure(`max-${id}`, `worst frame ${label}`, frames.maxMs, 'ms'),
        figure(`long-frames-${id}`, `long animation frames (>50 ms) ${label}`, orNaN(played.longFrames.length), 'frames'),
        figure(`blocking-frames-${id}`, `long frames with a task >50 ms ${label}`, orNaN(blocking), 'frames'),
      );
      details[id] = {
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
      };
    }
    return {
      name: 'transitions',
      title: 'Transitions',
      method:
        `A fresh page per pass (1920x1080 at 1x and 4x; ${QUARTER_VIEWPORT.width}x${QUARTER_VIEWPORT.height} at 4x, the stage scaled to fit); each transition played by Page Down (the command autoplay dispatches at the end of a hold), ` +
        'from the key event to the frame that sees the new step settled, a scene change once the next scene is ready on standby; ' +
        'frame times from requestAnimationFrame stamps in the page (cross-origin isolated: 5 µs clocks), long frames from the long-animation-frame observer. ' +
        (context.quick ? 'Quick run: scene changes only.' : 'Every step of the deck, in order.'),
      figures,
      details,
    };
  },
};
