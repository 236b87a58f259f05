/**
 * Video export as a user runs it: the built export command (what `npm run export:video` runs after
 * building) on the whole deck at its defaults (1920x1080, 30 frames a second), as one process from
 * spawn to exit, against the show's running time; and the file's size. One run: it takes minutes.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { figure, type BenchContext, type Measurement } from '../figures.ts';
import { buildExportCommand } from '../renderer-build.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

export const video = {
  name: 'video',
  async run(context: BenchContext): Promise<Measurement> {
    const command = join(dirname(buildExportCommand()), 'export-video.mjs');
    const work = mkdtempSync(join(tmpdir(), 'bench-video-'));
    try {
      const out = join(work, 'show.mp4');
      const started = performance.now();
      const { stdout } = await run(process.execPath, [command, '--out', out, '--renderer', context.rendererDir], { cwd: projectRoot, maxBuffer: 16 * 1024 * 1024 });
      const seconds = (performance.now() - started) / 1000;
      // "Wrote <file>: <s> s of video, <n> frames (<r> rendered), …"
      const said = /: ([\d.]+) s of video, (\d+) frames \((\d+) rendered\)/.exec(stdout);
      const running = Number(said?.[1] ?? Number.NaN);
      return {
        name: 'video',
        title: 'Video export',
        method: 'The export command npm run export:video runs (src/cli/export-video.ts built by vite build --mode cli), whole deck at 1920x1080 and 30 fps, one node process on the bench’s renderer build, timed from spawn to exit.',
        figures: [
          figure('seconds', 'whole deck, 1920x1080 at 30 fps', seconds, 's'),
          figure('time-ratio', 'export time over the show’s running time', seconds / running, '×'),
          figure('size', 'MP4 file', statSync(out).size / 1024 / 1024, 'MB'),
        ],
        details: { runningSeconds: running, frames: Number(said?.[2]), renderedFrames: Number(said?.[3]) },
      };
    } finally {
      rmSync(work, { recursive: true, force: true });
      rmSync(dirname(command), { recursive: true, force: true });
    }
  },
};
