/**
 * The video export, once for the command line and the app: the audience view opened through a
 * FrameDriver with the page's clock in our hand (page-clock.ts: timers, animation frames,
 * performance.now and Date, so GSAP and Svelte's timers), and every Web Animation (Svelte's
 * cross-fades) paused and seeked to the same clock. Each frame is the show at exactly its moment;
 * the show is stepped with the clicker's key at each step's planned start. Once a step is at rest
 * (the page says `data-settled`, no animation runs, no ambient motion on stage) its picture is
 * held for the rest of the step instead of being rendered again; where a light breathes, each
 * look of it is rendered once and its picture used again at every breath. The MP4 is written beside its
 * target and renamed over it when complete.
 */
import { mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import type { Deck } from '../shared/deck.ts';
import { pageUrl, type Motion } from '../shared/page-query.ts';
import type { Rehearsal } from '../shared/rehearsal.ts';
import { checkOutputPath, OutputError, writeFileAtomic } from '../node/write-atomic.ts';
import { checkEncoder, startEncoder, type Encoder } from './encoder.ts';
import { evaluate, pressKey, type FrameDriver } from './frame-driver.ts';
import { ffmetadata, VideoError, videoPlan, webVtt, type PlannedStep, type VideoPlan } from './video-plan.ts';

export interface VideoOptions {
  deck: Deck;
  out: string;
  fps: number;
  width: number;
  height: number;
  from?: string;
  to?: string;
  advisory: boolean;
  rehearsal?: Rehearsal | null;
  motion: Motion;
  signal?: AbortSignal;
  onProgress?: (progress: { frame: number; total: number; rendered: number }) => void;
}

export interface VideoResult {
  plan: VideoPlan;
  bytes: number;
  /** Pictures rendered by the browser; the other frames hold one of them. */
  rendered: number;
  poster: string;
  captions: string;
}

/** What a driver's page is: the renderer's origin (pageUrl's) and the page clock's script. */
export interface VideoPage {
  origin: string;
  clockScript: string;
}

/** The files written beside the video: a poster picture and the captions. */
export function besideVideo(out: string): { poster: string; captions: string } {
  const stem = extname(out) ? out.slice(0, -extname(out).length) : out;
  return { poster: `${stem}.png`, captions: `${stem}.vtt` };
}

/**
 * Repaints everything on stage for each picture: a transparent outline changes no pixel but makes
 * Chromium paint the text afresh. Without it, text last painted while a transform moved keeps that
 * paint's sub-pixel glyph placement, and which frames Chromium painted between two pictures
 * depends on the machine's speed: two exports differed by a grey level or two on 3 % of pixels.
 */
export const REPAINT_STYLE = '[data-stage] * { outline: 1px solid transparent !important; }';

/** The show starts on a multiple of this in the page's time: a whole number of 16 ms animation frames. */
const SHOW_START_GRID_MS = 16 * 250;

const PAGE_DOWN = { key: 'PageDown', code: 'PageDown', keyCode: 34 };

interface PageClock {
  runFor(ms: number): number;
  errors(): string[];
}

interface FrameState {
  /** A Web Animation still runs. */
  running: boolean;
  /** The step's timeline is at its end (`data-settled`). */
  settled: boolean;
  /**
   * What the stage's ambient motion (a light that breathes) looks like now, its elements' opacity
   * and transform to four places; null when nothing on stage breathes (or motion is reduced).
   * Once a step is settled that is all that changes, so two frames that say the same look the same.
   */
  ambient: string | null;
  errors: string[];
}

/**
 * Moves the page's clock to `now` and readies the picture of that moment: every Web Animation
 * paused, seeked to how long it has run, and finished once its time is over (so Svelte's end
 * callbacks run); the stage's transparent outline flipped between two widths, so everything on it
 * is painted afresh.
 */
const PREPARE_FRAME = ({ advance, now, reduced, repaint }: { advance: number; now: number; reduced: boolean; repaint: string }): FrameState => {
  const clock = (globalThis as unknown as { __videoExport: PageClock }).__videoExport;
  if (advance > 0) clock.runFor(advance);
  type Driven = { starts: WeakMap<Animation, number>; done: WeakSet<Animation>; style: HTMLStyleElement; flip: boolean };
  const holder = window as unknown as { __videoFrames?: Driven };
  if (!holder.__videoFrames) {
    const style = document.createElement('style');
    document.head.append(style);
    holder.__videoFrames = { starts: new WeakMap(), done: new WeakSet(), style, flip: false };
  }
  const state = holder.__videoFrames;
  state.flip = !state.flip;
  state.style.textContent = state.flip ? repaint : repaint.replace('1px', '2px');
  let running = false;
  for (const animation of document.getAnimations()) {
    if (state.done.has(animation)) continue;
    if (!state.starts.has(animation)) {
      state.starts.set(animation, now);
      animation.pause();
    }
    const end = Number(animation.effect?.getComputedTiming().endTime ?? 0);
    const elapsed = now - state.starts.get(animation)!;
    if (elapsed >= end) {
      state.done.add(animation);
      animation.finish();
    } else {
      animation.currentTime = elapsed;
      running = true;
    }
  }
  const breathing = reduced ? [] : [...document.querySelectorAll('[data-scene-id] [data-ambient]')];
  const ambient = breathing.length === 0 ? null : breathing.map((element) => {
    const style = getComputedStyle(element);
    return `${Number(style.opacity).toFixed(4)} ${style.transform}`;
  }).join('|');
  return { running, settled: document.documentElement.hasAttribute('data-settled'), ambient, errors: clock.errors() };
};

/** The loaded page's readiness, moving its clock on by `advance` first; null before the page (and its clock) exists. */
const SHOW_STATE = ({ advance }: { advance: number }) => {
  const clock = (globalThis as unknown as { __videoExport?: PageClock }).__videoExport;
  if (!clock || document.readyState === 'loading') return null;
  if (advance > 0) clock.runFor(advance);
  const html = document.documentElement;
  return {
    ready: html.hasAttribute('data-ready') && html.hasAttribute('data-settled') && document.fonts.status === 'loaded',
    time: performance.now(),
    errors: clock.errors(),
  };
};

export async function renderVideo(driver: FrameDriver, page: VideoPage, options: VideoOptions): Promise<VideoResult> {
  const plan = videoPlan(options.deck, options);
  checkEncoder();
  try {
    checkOutputPath(options.out);
  } catch (error) {
    throw new VideoError((error as OutputError).message);
  }
  const beside = besideVideo(options.out);
  const partial = join(dirname(options.out), `.${basename(options.out)}.${process.pid}.partial`);
  const scratch = mkdtempSync(join(tmpdir(), 'video-export-'));
  const metadataFile = join(scratch, 'metadata.txt');
  writeFileSync(metadataFile, ffmetadata(options.deck, plan));
  let encoder: Encoder | undefined;
  try {
    await driver.open({ width: options.width, height: options.height });
    const reduced = options.motion === 'reduced';
    await driver.send('Page.enable');
    await driver.send('Page.addScriptToEvaluateOnNewDocument', { source: page.clockScript });
    // A hidden window has no focus; the keys must reach the page all the same.
    await driver.send('Emulation.setFocusEmulationEnabled', { enabled: true });
    await driver.send('Emulation.setDeviceMetricsOverride', { width: options.width, height: options.height, deviceScaleFactor: 1, mobile: false });
    await driver.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: reduced ? 'reduce' : 'no-preference' }] });
    const first = plan.steps[0]!;
    await driver.navigate(pageUrl(page.origin, { motion: options.motion }, `#/${first.sceneId}`));
    let now = await waitForShow(driver);

    encoder = startEncoder({ fps: plan.fps, scratch });
    // Stopping (Ctrl+C, the app quitting) ends the encoder at once, not at the next frame.
    options.signal?.addEventListener('abort', () => encoder?.kill(), { once: true });
    const start = now;
    let rendered = 0;
    let written = 0;
    let poster: Buffer | undefined;
    const posterScene = posterSceneIndex(options.deck, plan);
    for (let index = 0; index < plan.steps.length; index++) {
      const planned = plan.steps[index]!;
      if (index > 0 && planned.scene !== plan.steps[index - 1]!.scene) encoder.endSegment();
      let picture: Buffer | undefined;
      // A settled step whose light breathes repeats its pictures with each breath: one per look.
      const looks = new Map<string, Buffer>();
      for (let frame = 0; frame < planned.frames; ) {
        if (options.signal?.aborted) throw new VideoError('stopped before the end');
        const at = start + Math.round(((planned.startFrame + frame) * 1000) / plan.fps);
        let advance = at - now;
        if (frame === 0 && index > 0) {
          if (advance > 0) await evaluate(driver, SHOW_STATE, { advance });
          advance = 0;
          await moveTo(driver, plan.steps[index - 1]!, planned);
        }
        now = at;
        const state = await evaluate(driver, PREPARE_FRAME, { advance, now, reduced, repaint: REPAINT_STYLE });
        if (state.errors.length > 0) throw new VideoError(`the page failed: ${state.errors[0]}`);
        const settled = !state.running && state.settled;
        const seen = settled && state.ambient !== null ? looks.get(state.ambient) : undefined;
        if (seen) picture = seen;
        else {
          picture = await driver.capture();
          rendered++;
          if (settled && state.ambient !== null) looks.set(state.ambient, picture);
        }
        // At rest, this picture is the step's until its hold ends: encoded once, held for the frames left.
        const frames = settled && state.ambient === null ? planned.frames - frame : 1;
        encoder.hold(picture, frames);
        frame += frames;
        written += frames;
        options.onProgress?.({ frame: written, total: plan.totalFrames, rendered });
      }
      if (planned.scene === posterScene && planned.step === options.deck.scenes[posterScene]!.steps.length - 1) poster = picture;
    }
    await encoder.finish(metadataFile, partial);
    encoder = undefined;
    renameSync(partial, options.out);
    writeFileAtomic(beside.poster, poster!);
    writeFileAtomic(beside.captions, new TextEncoder().encode(webVtt(options.deck, plan)));
    return { plan, bytes: statSync(options.out).size, rendered, ...beside };
  } finally {
    encoder?.kill();
    await driver.close();
    rmSync(partial, { force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The deck's cover scene when in the cut, else the first scene after the content note: its last step, complete. */
function posterSceneIndex(deck: Deck, plan: VideoPlan): number {
  const inCut = new Set(plan.steps.map((step) => step.scene));
  const cover = deck.scenes.findIndex((scene) => scene.id === deck.cover);
  if (inCut.has(cover)) return cover;
  return plan.steps.find((step) => !deck.scenes[step.scene]!.advisory)?.scene ?? plan.steps[0]!.scene;
}

/** The next step as the clicker calls it, or the URL's place when the cut jumps (the content note, then --from). */
async function moveTo(driver: FrameDriver, previous: PlannedStep, next: PlannedStep): Promise<void> {
  const followsOn = next.scene === previous.scene ? next.step === previous.step + 1 : next.scene === previous.scene + 1 && next.step === 0;
  if (followsOn) await pressKey(driver, PAGE_DOWN);
  else await evaluate(driver, (hash: string) => void (location.hash = hash), `#/${next.sceneId}${next.step > 0 ? `/${next.step}` : ''}`);
}

/**
 * Lets the page load and settle on its still clock, a tenth of a second at a time, then moves it
 * to the next multiple of SHOW_START_GRID_MS; returns the clock's time. How long loading took
 * varies, and GSAP counts in performance.now(): starting the show on a fixed grid of that clock
 * puts every key press at the same place between two animation frames in every export, so the
 * frames come out the same.
 */
async function waitForShow(driver: FrameDriver): Promise<number> {
  const deadline = Date.now() + 60_000;
  let advance = 0;
  while (Date.now() < deadline) {
    const state = await evaluate(driver, SHOW_STATE, { advance });
    if (state?.errors.length) throw new VideoError(`the page failed: ${state.errors[0]}`);
    if (state?.ready) {
      const wait = Math.ceil((state.time + 1) / SHOW_START_GRID_MS) * SHOW_START_GRID_MS - state.time;
      await evaluate(driver, SHOW_STATE, { advance: wait });
      return state.time + wait;
    }
    // The clock moves only once the page (and so the clock) exists; fonts and files load in real time meanwhile.
    advance = state ? 100 : 0;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new VideoError('the show did not become ready within 60 s');
}
