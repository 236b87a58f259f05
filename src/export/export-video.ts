/**
 * The command line's video export: the built renderer served on the loopback interface, the
 * audience view opened in headless Chromium (Playwright) with the page's clock under our hand
 * (Playwright's clock: timers, requestAnimationFrame, performance.now, so GSAP and Svelte's
 * timers), and every Web Animation (Svelte's cross-fades) paused and seeked to the same clock.
 * Each frame is the show at exactly its moment; the show is stepped with the clicker's key at
 * each step's planned start. Once a step is at rest (the page says `data-settled`, no animation
 * runs, no ambient motion on stage) its last picture is sent for the rest of its hold instead of
 * being rendered again. The MP4 is written beside its target and renamed over it when complete.
 */
import { existsSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Deck } from '../shared/deck.ts';
import { pageUrl, type Motion } from '../shared/page-query.ts';
import type { Rehearsal } from '../shared/rehearsal.ts';
import { checkOutputPath, OutputError, writeFileAtomic } from '../node/write-atomic.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.ts';
import { checkEncoder, startEncoder, type Encoder } from './encoder.ts';
import { serveFolder } from './static-server.ts';
import { ffmetadata, VideoError, videoPlan, webVtt, type PlannedStep, type VideoPlan } from './video-plan.ts';

export { VideoError } from './video-plan.ts';

export interface VideoOptions {
  deck: Deck;
  out: string;
  rendererDir: string;
  fps: number;
  width: number;
  height: number;
  from?: string;
  to?: string;
  advisory: boolean;
  rehearsal?: Rehearsal | null;
  motion: Motion;
  executablePath?: string;
  signal?: AbortSignal;
  onProgress?: (progress: { frame: number; total: number; rendered: number }) => void;
}

export interface VideoResult {
  plan: VideoPlan;
  bytes: number;
  /** Frames rendered by the browser; the rest repeat a held picture. */
  rendered: number;
  poster: string;
  captions: string;
}

/** `1920x1080` to numbers; H.264 in yuv420p needs even sides. */
export function parseSize(text: string): { width: number; height: number } {
  const match = /^(\d{2,4})x(\d{2,4})$/.exec(text);
  const width = Number(match?.[1]);
  const height = Number(match?.[2]);
  if (!match || width < 64 || height < 64 || width > 3840 || height > 3840 || width % 2 || height % 2) {
    throw new VideoError(`--size takes WIDTHxHEIGHT, even numbers from 64 to 3840 (as 1920x1080 or 1080x1920), not "${text}"`);
  }
  return { width, height };
}

export function parseFps(text: string): number {
  const fps = Number(text);
  if (!Number.isInteger(fps) || fps < 1 || fps > 60) throw new VideoError(`--fps takes a whole number from 1 to 60, not "${text}"`);
  return fps;
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

interface FrameState {
  /** A Web Animation still runs. */
  running: boolean;
  /** Nothing the show moves is moving, and nothing on stage breathes by itself. */
  atRest: boolean;
}

/**
 * Readies the page for the picture of the moment `now`: every Web Animation paused, seeked to how
 * long it has run, and finished once its time is over (so Svelte's end callbacks run); the stage's
 * transparent outline flipped between two widths, so everything on it is painted afresh.
 */
const PREPARE_FRAME = ({ now, reduced, repaint }: { now: number; reduced: boolean; repaint: string }): FrameState => {
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
  const atRest = document.documentElement.hasAttribute('data-settled') && (reduced || document.querySelector('[data-scene-id] [data-ambient]') === null);
  return { running, atRest };
};

export async function exportVideo(options: VideoOptions): Promise<VideoResult> {
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    throw new VideoError(`no built renderer in ${options.rendererDir}: run npm run build first`);
  }
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

  const server = await serveFolder(options.rendererDir);
  let browser: Browser | undefined;
  let encoder: Encoder | undefined;
  try {
    browser = await launchBrowser(options.executablePath ?? chromiumExecutable());
    const page = await browser.newPage({
      viewport: { width: options.width, height: options.height },
      deviceScaleFactor: 1,
      reducedMotion: options.motion === 'reduced' ? 'reduce' : 'no-preference',
    });
    const cdp = await page.context().newCDPSession(page);
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(String(error)));
    const first = plan.steps[0]!;
    await page.clock.install({ time: 0 });
    await page.clock.pauseAt(1000);
    await page.goto(pageUrl(server.url, { motion: options.motion }, `#/${first.sceneId}`), { waitUntil: 'load' });
    let now = await waitForShow(page, 1000);
    // How long loading took varies, and GSAP counts in performance.now(), from the page's load:
    // starting the show on a fixed grid of that clock puts every key press at the same place
    // between two animation frames in every export, so the frames come out the same.
    const pageTime = await page.evaluate(() => performance.now());
    const wait = Math.ceil((pageTime + 1) / SHOW_START_GRID_MS) * SHOW_START_GRID_MS - pageTime;
    await page.clock.runFor(wait);
    now += wait;

    try {
      encoder = startEncoder({ fps: plan.fps, metadataFile, out: partial });
    } catch (error) {
      throw new VideoError(`the encoder did not start: ${(error as Error).message}`);
    }
    const start = now;
    const reduced = options.motion === 'reduced';
    let rendered = 0;
    let written = 0;
    let poster: Buffer | undefined;
    const posterScene = posterSceneIndex(options.deck, plan);
    for (let index = 0; index < plan.steps.length; index++) {
      const planned = plan.steps[index]!;
      let picture: Buffer | undefined;
      let still = false;
      for (let frame = 0; frame < planned.frames; frame++) {
        if (options.signal?.aborted) throw new VideoError('stopped before the end');
        if (!still) {
          const at = start + Math.round(((planned.startFrame + frame) * 1000) / plan.fps);
          if (at > now) await page.clock.runFor(at - now);
          now = at;
          if (frame === 0 && index > 0) await moveTo(page, plan.steps[index - 1]!, planned);
          const state = await page.evaluate(PREPARE_FRAME, { now, reduced, repaint: REPAINT_STYLE });
          // Chromium's own capture, a third faster than page.screenshot's (which restyles the page for each picture).
          const capture = await cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true });
          picture = Buffer.from(capture.data, 'base64');
          rendered++;
          still = !state.running && state.atRest;
        }
        await encoder.write(picture!);
        written++;
        options.onProgress?.({ frame: written, total: plan.totalFrames, rendered });
      }
      if (failures.length > 0) throw new VideoError(`the page failed: ${failures[0]}`);
      if (planned.scene === posterScene && planned.step === options.deck.scenes[posterScene]!.steps.length - 1) poster = picture;
    }
    await encoder.finish();
    encoder = undefined;
    renameSync(partial, options.out);
    writeFileAtomic(beside.poster, poster!);
    writeFileAtomic(beside.captions, new TextEncoder().encode(webVtt(options.deck, plan)));
    return { plan, bytes: statSync(options.out).size, rendered, ...beside };
  } finally {
    encoder?.kill();
    await browser?.close().catch(() => {});
    await server.close();
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
async function moveTo(page: Page, previous: PlannedStep, next: PlannedStep): Promise<void> {
  const followsOn = next.scene === previous.scene ? next.step === previous.step + 1 : next.scene === previous.scene + 1 && next.step === 0;
  if (followsOn) await page.keyboard.press('PageDown');
  else await page.evaluate((hash) => (location.hash = hash), `#/${next.sceneId}${next.step > 0 ? `/${next.step}` : ''}`);
}

/** Lets the page load and settle on the paused clock, a tenth of a second at a time; returns the clock's time. */
async function waitForShow(page: Page, from: number): Promise<number> {
  let now = from;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ready = await page.evaluate(
      () => document.documentElement.hasAttribute('data-ready') && document.documentElement.hasAttribute('data-settled') && document.fonts.status === 'loaded',
    );
    if (ready) return now;
    await page.clock.runFor(100);
    now += 100;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new VideoError('the show did not become ready within 60 s');
}

async function launchBrowser(executablePath: string | undefined): Promise<Browser> {
  try {
    // Ctrl+C is the export's to answer (no partial file), not Playwright's.
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  } catch (error) {
    throw new VideoError(`no usable Chromium (${(error as Error).message.split('\n')[0]}): set CHROMIUM_PATH or apt-get install chromium`);
  }
}
