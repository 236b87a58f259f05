/**
 * PDF export as a user runs it: the built export command (what `npm run export:pdf` runs after
 * building) as a whole process (node start, browser start, layout, print, bookmarks, write),
 * per scene and per step; the median of a few runs and the size of the file.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { median } from '../stats.ts';
import { figure, type BenchContext, type Measurement } from '../figures.ts';
import { buildExportCommand } from '../renderer-build.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

export const PDF_KINDS = [
  { id: 'scenes', label: 'per scene', args: [] as string[] },
  { id: 'steps', label: 'per step', args: ['--steps'] },
] as const;

export interface ExportTiming {
  /** Each run, spawn to exit. */
  seconds: number[];
  /** Each run as the CLI itself counts it (from its start, after node and its imports have loaded). */
  cliSeconds: number[];
  pages: number;
  kb: number;
}

/** Runs the built export command `runs` times on `rendererDir`: each run's seconds and the file's size. */
export async function timeExportProcess(command: string, rendererDir: string, args: readonly string[], runs: number): Promise<ExportTiming> {
  const work = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  try {
    const out = join(work, 'deck.pdf');
    const seconds: number[] = [];
    const cliSeconds: number[] = [];
    let pages = 0;
    for (let index = 0; index < runs; index++) {
      const started = performance.now();
      const { stdout } = await run(process.execPath, [command, '--out', out, '--renderer', rendererDir, ...args], { cwd: projectRoot });
      seconds.push((performance.now() - started) / 1000);
      // "Wrote <file>: <n> pages, <k> KB, in <s> s"
      const said = /: (\d+) pages, .* in ([\d.]+) s/.exec(stdout);
      pages = Number(said?.[1] ?? Number.NaN);
      cliSeconds.push(Number(said?.[2] ?? Number.NaN));
    }
    return { seconds, cliSeconds, pages, kb: statSync(out).size / 1024 };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const pdf = {
  name: 'pdf',
  async run(context: BenchContext): Promise<Measurement> {
    const runs = context.quick ? 1 : 3;
    const figures = [];
    const details: Record<string, ExportTiming> = {};
    const command = buildExportCommand();
    try {
      for (const kind of PDF_KINDS) {
        const timing = await timeExportProcess(command, context.rendererDir, kind.args, runs);
        details[kind.id] = timing;
        figures.push(figure(`${kind.id}-seconds`, `whole deck ${kind.label}, median of ${runs}`, median(timing.seconds), 's'), figure(`${kind.id}-size`, `file ${kind.label}`, timing.kb, 'KB'));
      }
    } finally {
      rmSync(dirname(command), { recursive: true, force: true });
    }
    return {
      name: 'pdf',
      title: 'PDF export',
      method: 'The export command npm run export:pdf runs (src/cli/export-pdf.ts built by vite build --mode cli), as a whole node process on the bench’s renderer build, timed from spawn to exit.',
      figures,
      details,
    };
  },
};
