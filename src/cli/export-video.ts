/**
 * `npm run export:video -- --out show.mp4 [--fps 30] [--size 1920x1080] [--timings planned|rehearsed]
 * [--rehearsal rehearsal.json] [--from <scene>] [--to <scene>] [--motion reduced] [--no-advisory]
 * [--renderer <dir>]`: the show as a frame-exact MP4, with a poster (.png) and captions (.vtt)
 * beside it. A progress bar on a terminal, plain lines otherwise; a failure ends with one line and
 * a non-zero exit; Ctrl+C stops it and leaves no partial file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDeck } from '../deck/load';
import { exportVideo, parseFps, parseSize, VideoError } from '../export/export-video';
import { rehearsalSchema, type Rehearsal } from '../shared/rehearsal';

const projectRoot = resolve(import.meta.dirname, '../..');
const USAGE =
  'Usage: npm run export:video -- --out show.mp4 [--fps 30] [--size 1920x1080] [--timings planned|rehearsed --rehearsal <file>] [--from <scene>] [--to <scene>] [--motion reduced] [--no-advisory]';

function fail(problem: string, code = 1): never {
  console.error(`Video export failed: ${problem}`);
  process.exit(code);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      out: { type: 'string', short: 'o' },
      fps: { type: 'string', default: '30' },
      size: { type: 'string', default: '1920x1080' },
      timings: { type: 'string', default: 'planned' },
      rehearsal: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      motion: { type: 'string', default: 'system' },
      'no-advisory': { type: 'boolean' },
      renderer: { type: 'string' },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}
const text = (key: string) => values[key] as string | undefined;

const STOPPED = 'stopped before the end: no file written';
const abort = new AbortController();
process.on('SIGINT', () => abort.abort());
process.on('SIGTERM', () => abort.abort());

try {
  if (!text('out')) throw new VideoError(`missing --out: where to write the MP4\n${USAGE}`);
  const fps = parseFps(text('fps')!);
  const { width, height } = parseSize(text('size')!);
  if (text('motion') !== 'system' && text('motion') !== 'reduced') throw new VideoError(`--motion takes reduced, not "${text('motion')}"`);
  const timings = text('timings');
  if (timings !== 'planned' && timings !== 'rehearsed') throw new VideoError(`--timings takes planned or rehearsed, not "${timings}"`);
  let rehearsal: Rehearsal | null = null;
  if (timings === 'rehearsed') {
    if (!text('rehearsal')) throw new VideoError('--timings rehearsed needs --rehearsal <file> (a rehearsal saved from the presenter view)');
    try {
      rehearsal = rehearsalSchema.parse(JSON.parse(readFileSync(text('rehearsal')!, 'utf8')));
    } catch (error) {
      throw new VideoError(`${text('rehearsal')} is not a rehearsal file (${(error as Error).message.split('\n')[0]})`);
    }
  }
  const loaded = loadDeck(process.env.DECK_SLIDES_DIR ?? resolve(projectRoot, 'slides'), { displayRoot: projectRoot });
  if (!loaded.deck) throw new VideoError(`the deck does not load: ${loaded.errors[0]?.message}`);

  const interactive = Boolean(process.stdout.isTTY);
  const started = performance.now();
  let lastShown = 0;
  let lastDrawn = 0;
  const result = await exportVideo({
    deck: loaded.deck,
    out: resolve(text('out')!),
    rendererDir: text('renderer') ? resolve(text('renderer')!) : resolve(projectRoot, 'dist/renderer'),
    fps,
    width,
    height,
    from: text('from'),
    to: text('to'),
    advisory: !values['no-advisory'],
    rehearsal,
    motion: text('motion') as 'system' | 'reduced',
    signal: abort.signal,
    onProgress: ({ frame, total }) => {
      const percent = Math.floor((frame / total) * 100);
      if (interactive) {
        // A hold arrives as one jump of many frames: redraw at most ten times a second.
        if (frame !== total && performance.now() - lastDrawn < 100) return;
        lastDrawn = performance.now();
        const elapsed = (performance.now() - started) / 1000;
        const left = Math.max(0, (elapsed / frame) * (total - frame));
        const width = 24;
        const filled = Math.round((frame / total) * width);
        process.stdout.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] frame ${frame} of ${total}, about ${left.toFixed(0)} s left`.padEnd(80));
      } else if (percent >= lastShown + 10 || frame === total) {
        lastShown = percent - (percent % 10);
        console.log(`Frame ${frame} of ${total} (${percent} %)`);
      }
    },
  });
  if (interactive) process.stdout.write('\n');
  const seconds = (performance.now() - started) / 1000;
  const running = result.plan.totalFrames / result.plan.fps;
  console.log(
    `Wrote ${resolve(text('out')!)}: ${running.toFixed(1)} s of video, ${result.plan.totalFrames} frames (${result.rendered} rendered), ` +
      `${(result.bytes / 1024 / 1024).toFixed(1)} MB, in ${seconds.toFixed(1)} s; poster ${result.poster}, captions ${result.captions}`,
  );
  process.exit(0);
} catch (error) {
  if (process.stdout.isTTY) process.stdout.write('\n');
  // On a terminal, Ctrl+C reaches the browser and the encoder too, which may fail first.
  if (abort.signal.aborted) fail(STOPPED, 130);
  fail((error as Error).message);
}
