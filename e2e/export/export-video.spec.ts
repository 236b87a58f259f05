/**
 * Exporting the show to video, from the command line as a user would, on a short cut (the
 * content note kept first, then the title scene; 640x360 at 10 frames a second, so it stays
 * quick): the file read back with ffprobe, its length against the planned times, each step's
 * resting frame against a screenshot of presenting at that step, two exports frame for frame,
 * playback in Chromium's <video>, and every failure a user can meet.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, expect, test, type Browser } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../src/export/browser.ts';
import { videoPlan } from '../../src/video/video-plan.ts';
import { deck } from '../deck.ts';

const run = promisify(execFile);
const projectRoot = resolve(import.meta.dirname, '../..');
const workdir = mkdtempSync(join(tmpdir(), 'video-export-'));
const CUT = ['--from', 'title', '--to', 'title', '--size', '640x360', '--fps', '10'];
const FPS = 10;
const plan = videoPlan(deck, { fps: FPS, from: 'title', to: 'title', advisory: true });

/**
 * Pixels allowed to differ between a decoded frame and a screenshot: 0.1 %, with pixelmatch's
 * colour threshold at 0.2 (H.264 at CRF 18 and yuv420p's halved colour resolution soften glyph
 * edges, which the threshold absorbs). Measured here: 0 pixels at every resting frame; the first
 * frame of the content note's caption step, its text only starting to fade in, 0.39 %.
 */
const MAX_DIFFERENT = 0.001;

async function exportVideo(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['dist/cli/export-video.mjs', ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

async function probe(path: string) {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-show_streams', '-show_format', '-show_chapters', '-of', 'json', path]);
  return JSON.parse(stdout) as {
    streams: { codec_type: string; codec_name: string; profile: string; pix_fmt: string; width: number; height: number; r_frame_rate: string; avg_frame_rate: string }[];
    format: { duration: string; tags: Record<string, string> };
    chapters: { start_time: string; end_time: string; tags: { title: string } }[];
  };
}

async function frameAt(video: string, frame: number): Promise<Buffer> {
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', video, '-vf', `select=eq(n\\,${frame})`, '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', 'pipe:1'], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout as unknown as Buffer;
}

async function frameHashes(video: string): Promise<string[]> {
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', video, '-map', '0:v', '-f', 'framemd5', 'pipe:1'], { maxBuffer: 16 * 1024 * 1024 });
  return stdout.split('\n').filter((line) => line && !line.startsWith('#'));
}

function differentFraction(a: Buffer, b: Buffer): number {
  const first = PNG.sync.read(a);
  const second = PNG.sync.read(b);
  return pixelmatch(first.data, second.data, null, first.width, first.height, { threshold: 0.2 }) / (first.width * first.height);
}

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
});
test.afterAll(async () => {
  await browser?.close();
});

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const video = join(workdir, 'show.mp4');

test('an MP4 of the cut: H.264 High, yuv420p, its size and frame rate, a chapter per scene, title and author, its planned length', async () => {
  const result = await exportVideo(['--out', video, ...CUT]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  // Plain lines, not a bar, off a terminal; a hold arrives as one jump of frames, so the lines come at uneven steps.
  const progress = result.stdout.match(/^Frame \d+ of 300 \(\d+ %\)$/gm) ?? [];
  expect(progress.length).toBeGreaterThanOrEqual(3);
  expect(progress.at(-1)).toBe('Frame 300 of 300 (100 %)');

  const { streams, format, chapters } = await probe(video);
  const picture = streams.find((stream) => stream.codec_type === 'video')!;
  expect(picture).toMatchObject({ codec_name: 'h264', profile: 'High', pix_fmt: 'yuv420p', width: 640, height: 360, r_frame_rate: '10/1', avg_frame_rate: '10/1' });
  expect(streams.some((stream) => stream.codec_type === 'audio')).toBe(false);
  // The content note first, then the cut; each step held for its planned seconds.
  const planned = ['content-note', 'title'].flatMap((id) => deck.scenes.find((scene) => scene.id === id)!.steps.map((step) => step.seconds));
  const seconds = planned.reduce((sum, each) => sum + each, 0);
  expect(Math.abs(Number(format.duration) - seconds)).toBeLessThanOrEqual(1 / FPS);
  expect(chapters.map((chapter) => [chapter.tags.title, Number(chapter.start_time)])).toEqual([
    ['Content note', 0],
    ['Forced repatriation', 15],
  ]);
  expect(format.tags).toMatchObject({ title: deck.title, artist: deck.author });

  const poster = PNG.sync.read(readFileSync(join(workdir, 'show.png')));
  expect([poster.width, poster.height]).toEqual([640, 360]);
  const captions = readFileSync(join(workdir, 'show.vtt'), 'utf8');
  expect(captions.startsWith('WEBVTT\n')).toBe(true);
  expect(captions).toContain('00:00:15.000 --> 00:00:21.000\nThe Scar on His Wrist');
  expect(readdirSync(workdir).filter((name) => name.includes('partial'))).toEqual([]);
});

test("each step's resting frame is what presenting shows at that step", async () => {
  const page = await browser.newPage({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 1 });
  const baseURL = test.info().project.use.baseURL!;
  for (const step of plan.steps) {
    await page.goto(`${baseURL}index.html#/${step.sceneId}${step.step > 0 ? `/${step.step}` : ''}`);
    await page.locator('html[data-ready][data-settled]').waitFor({ state: 'attached' });
    const presented = await page.screenshot({ animations: 'disabled' });
    const frame = await frameAt(video, step.startFrame + step.frames - 1);
    expect(differentFraction(frame, presented), `${step.sceneId} step ${step.step + 1}`).toBeLessThanOrEqual(MAX_DIFFERENT);
    // The allowance does not hide a step: the step's first frame (its entrance just begun) differs by more.
    if (step.step > 0) expect(differentFraction(await frameAt(video, step.startFrame), presented)).toBeGreaterThan(MAX_DIFFERENT);
  }
  await page.close();
});

test('two exports of the same cut are frame for frame the same', async () => {
  const again = join(workdir, 'again.mp4');
  const result = await exportVideo(['--out', again, ...CUT]);
  expect(result.code).toBe(0);
  const [first, second] = await Promise.all([frameHashes(video), frameHashes(again)]);
  expect(first).toHaveLength(300);
  expect(second).toEqual(first);
});

test('a portrait size plays the upright stage; --no-advisory leaves the content note out; --motion reduced still ends each step at rest', async () => {
  const upright = join(workdir, 'upright.mp4');
  const result = await exportVideo(['--out', upright, '--from', 'the-scar', '--to', 'the-scar', '--no-advisory', '--motion', 'reduced', '--size', '360x640', '--fps', '5']);
  expect(result.code).toBe(0);
  const { streams, chapters } = await probe(upright);
  expect(streams.find((stream) => stream.codec_type === 'video')).toMatchObject({ width: 360, height: 640, r_frame_rate: '5/1' });
  expect(chapters.map((chapter) => chapter.tags.title)).toEqual(['The scar']);
  const page = await browser.newPage({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  await page.goto(`${test.info().project.use.baseURL}index.html?motion=reduced#/the-scar/1`);
  await page.locator('html[data-ready][data-settled]').waitFor({ state: 'attached' });
  await expect(page.locator('[data-stage]')).toHaveAttribute('data-shape', 'portrait');
  const presented = await page.screenshot({ animations: 'disabled' });
  const cut = videoPlan(deck, { fps: 5, from: 'the-scar', to: 'the-scar', advisory: false });
  expect(differentFraction(await frameAt(upright, cut.totalFrames - 1), presented)).toBeLessThanOrEqual(MAX_DIFFERENT);
  await page.close();
});

test("the video plays in Chromium's <video>", async () => {
  const page = await browser.newPage();
  const baseURL = test.info().project.use.baseURL!;
  await page.route(`${baseURL}show.mp4`, (route) => route.fulfill({ body: readFileSync(video), contentType: 'video/mp4' }));
  await page.route(`${baseURL}player.html`, (route) => route.fulfill({ body: '<!doctype html><video muted src="show.mp4"></video>', contentType: 'text/html' }));
  await page.goto(`${baseURL}player.html`);
  const support = await page.evaluate(() => document.createElement('video').canPlayType('video/mp4; codecs="avc1.640028"'));
  test.skip(support === '', `this Chromium (${browser.version()}) has no H.264 decoder: canPlayType says ""`);
  const played = await page.evaluate(async () => {
    const element = document.querySelector('video')!;
    await element.play();
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { time: element.currentTime, width: element.videoWidth, height: element.videoHeight, duration: element.duration, error: element.error?.code ?? null };
  });
  expect(played).toMatchObject({ width: 640, height: 360, error: null });
  expect(played.duration).toBeCloseTo(30, 0);
  expect(played.time).toBeGreaterThan(0.2);
  await page.close();
});

test('Ctrl+C stops the export and leaves the file that was there, and no partial file', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'video-stop-'));
  const out = join(folder, 'kept.mp4');
  writeFileSync(out, 'an earlier export');
  const child = spawn(process.execPath, ['dist/cli/export-video.mjs', '--out', out, ...CUT], { cwd: projectRoot });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Frame') && resolve()));
  child.kill('SIGINT');
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code).toBe(130);
  expect(stderr.trim().split('\n')).toEqual(['Video export failed: stopped before the end: no file written']);
  expect(readFileSync(out, 'utf8')).toBe('an earlier export');
  expect(readdirSync(folder)).toEqual(['kept.mp4']);
});

test('every failure ends with one clear line, and writes nothing', async () => {
  const out = join(workdir, 'never.mp4');
  const cases: [string[], NodeJS.ProcessEnv, RegExp][] = [
    [['--out', out, ...CUT], { FFMPEG_PATH: '/nonexistent/ffmpeg' }, /no video encoder: \/nonexistent\/ffmpeg does not run/],
    [['--out', out, '--size', '641x360'], {}, /--size takes WIDTHxHEIGHT, even numbers/],
    [['--out', out, '--size', 'large'], {}, /--size takes WIDTHxHEIGHT/],
    [['--out', out, '--fps', '0'], {}, /--fps takes a whole number from 1 to 60, not "0"/],
    [['--out', out, '--fps', '29.97'], {}, /--fps takes a whole number/],
    [['--out', join(workdir, 'no-such-folder', 'show.mp4'), ...CUT], {}, /the folder .*no-such-folder does not exist/],
    [['--out', workdir, ...CUT], {}, /is a folder, not a file/],
    [['--out', out, '--from', 'nowhere'], {}, /unknown scene "nowhere"; the scenes are content-note, title/],
    [['--out', out, '--from', 'credit', '--to', 'title'], {}, /--to title comes before --from credit/],
    [['--out', out, '--timings', 'rehearsed'], {}, /--timings rehearsed needs --rehearsal <file>/],
  ];
  for (const [args, env, message] of cases) {
    const result = await exportVideo(args, env);
    expect(result.code, args.join(' ')).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^Video export failed: /);
    expect(lines[0]).toMatch(message);
    expect(lines).toHaveLength(args.includes('--out') ? 1 : 2);
  }
  expect(existsSync(out)).toBe(false);
});
