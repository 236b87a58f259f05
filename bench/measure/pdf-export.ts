/**
 * PDF export as a user runs it, beside reveal.js's: each a whole process (node start, browser start,
 * layout, print, write), timed from spawn to exit, a few rounds, each round running every one of
 * them once in turn so a busier minute of the machine weighs on all alike:
 * - the built export command (what `npm run export:pdf` runs once it has a build), per scene and per step;
 * - reveal.js's own export of its deck of the same article (`?print-pdf`, then print: reference/reveal-print-pdf.mjs);
 * - the README's command, `npm run export:pdf -- --out f.pdf`, npm and the build check included, on
 *   this project's dist/. Timed only when dist/ is a build of the files as they are: otherwise the
 *   command would build first (a minute, and into dist/, which the bench leaves alone).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { currentInputs, readStamp, whyBuild } from '../../src/build/build-stamp.mjs';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../src/export/browser.ts';
import { revealVersion, writeRevealDeck } from '../reference/reveal-deck.ts';
import { median, ratio } from '../stats.ts';
import { figure, type BenchContext, type Figure, type Measurement } from '../figures.ts';
import { buildExportCommand } from '../renderer-build.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const REVEAL_PRINT = join(projectRoot, 'bench/reference/reveal-print-pdf.mjs');
const run = promisify(execFile);

export const PDF_KINDS = [
  { id: 'scenes', label: 'per scene', args: [] as string[] },
  { id: 'steps', label: 'per step', args: ['--steps'] },
] as const;

export interface ExportTiming {
  /** Each run, spawn to exit. */
  seconds: number[];
  /** Each run as the CLI itself counts it (from its start, after node and its imports have loaded); NaN where it does not say. */
  cliSeconds: number[];
  pages: number;
  kb: number;
}

/** What our export command says when it is done ("Wrote <file>: <n> pages, <k> KB, in <s> s"): its pages and its own seconds. */
export function readExportSummary(stdout: string): { pages: number; seconds: number } {
  const said = /: (\d+) pages, .* in ([\d.]+) s/.exec(stdout);
  return { pages: Number(said?.[1] ?? Number.NaN), seconds: Number(said?.[2] ?? Number.NaN) };
}

/** A timing being gathered run by run, interleaved with others. */
class Timing {
  readonly seconds: number[] = [];
  readonly cliSeconds: number[] = [];
  pages = Number.NaN;

  constructor(readonly out: string) {}

  /** Runs `file args` in the project as one process, spawn to exit, and keeps what it took. */
  async time(file: string, args: readonly string[]): Promise<string> {
    const started = performance.now();
    const { stdout } = await run(file, args, { cwd: projectRoot });
    this.seconds.push((performance.now() - started) / 1000);
    const summary = readExportSummary(stdout);
    this.pages = summary.pages;
    this.cliSeconds.push(summary.seconds);
    return stdout;
  }

  result(): ExportTiming {
    return { seconds: this.seconds, cliSeconds: this.cliSeconds, pages: this.pages, kb: statSync(this.out).size / 1024 };
  }
}

/** Runs the built export command `runs` times on `rendererDir`: each run's seconds and the file's size. */
export async function timeExportProcess(command: string, rendererDir: string, args: readonly string[], runs: number): Promise<ExportTiming> {
  const work = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  try {
    const timing = new Timing(join(work, 'deck.pdf'));
    for (let index = 0; index < runs; index++) await timing.time(process.execPath, [command, '--out', timing.out, '--renderer', rendererDir, ...args]);
    return timing.result();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The README's command as a user types it (npm included), writing to `out`. */
export const README_COMMAND = ['npm', ['run', 'export:pdf', '--silent', '--', '--out']] as const;

export const pdf = {
  name: 'pdf',
  async run(context: BenchContext): Promise<Measurement> {
    const runs = context.quick ? 1 : 3;
    const reveal = `reveal.js ${revealVersion()}`;
    const work = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
    const command = buildExportCommand();
    const staleBuild = whyBuild(readStamp(), currentInputs());
    if (staleBuild) context.log(`  the README's command is not timed: dist/ is not a build of the files as they are (${staleBuild}); npm run build first to time it`);
    const ours = Object.fromEntries(PDF_KINDS.map((kind) => [kind.id, new Timing(join(work, `${kind.id}.pdf`))])) as Record<(typeof PDF_KINDS)[number]['id'], Timing>;
    const revealTiming = new Timing(join(work, 'reveal.pdf'));
    const readmeTiming = new Timing(join(work, 'command.pdf'));
    try {
      const revealDeck = join(work, 'reveal-deck');
      writeRevealDeck(context.deck, revealDeck);
      const browser = JSON.stringify({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
      for (let round = 0; round < runs; round++) {
        for (const kind of PDF_KINDS) await ours[kind.id].time(process.execPath, [command, '--out', ours[kind.id].out, '--renderer', context.rendererDir, ...kind.args]);
        await revealTiming.time(process.execPath, [REVEAL_PRINT, join(revealDeck, 'index.html'), revealTiming.out, browser]);
        if (!staleBuild) {
          const said = await readmeTiming.time(README_COMMAND[0], [...README_COMMAND[1], readmeTiming.out]);
          if (said.includes('Building first')) throw new Error(`the README's command built first, though dist/ was current: ${said.split('\n')[0]}`);
        }
      }
      const figures: Figure[] = [];
      const details: Record<string, ExportTiming> = {};
      for (const kind of PDF_KINDS) {
        details[kind.id] = ours[kind.id].result();
        figures.push(
          figure(`${kind.id}-seconds`, `built export command, whole deck ${kind.label}, median of ${runs}`, median(details[kind.id]!.seconds), 's'),
          figure(`${kind.id}-size`, `file ${kind.label}`, details[kind.id]!.kb, 'KB'),
        );
      }
      details.reveal = revealTiming.result();
      const revealSeconds = median(details.reveal.seconds);
      figures.push(
        figure('reveal-seconds', `${reveal} print-pdf export, whole process, median of ${runs}`, revealSeconds, 's'),
        figure('reveal-size', `${reveal} file, one page a slide`, details.reveal.kb, 'KB'),
        figure('process-reveal-ratio', `built export command per scene over ${reveal}'s, same run`, ratio(median(details.scenes!.seconds), revealSeconds), '×'),
      );
      if (!staleBuild) {
        details.command = readmeTiming.result();
        figures.push(
          figure('command-seconds', `npm run export:pdf -- --out f.pdf, whole command, median of ${runs}`, median(details.command.seconds), 's'),
          figure('reveal-ratio', `the README's command over ${reveal}'s export, same run`, ratio(median(details.command.seconds), revealSeconds), '×'),
        );
      }
      for (const [id, timing] of Object.entries(details)) context.log(`  ${id}: ${timing.seconds.map((seconds) => seconds.toFixed(2)).join(', ')} s`);
      return {
        name: 'pdf',
        title: 'PDF export',
        method:
          'Each a whole process timed from spawn to exit, run in turn in each round: the export command npm run export:pdf runs (src/cli/export-pdf.ts built by vite build --mode cli) on the bench’s renderer build, per scene and per step; ' +
          `${reveal}'s export of its deck of the same article (one slide per step; bench/reference/reveal-print-pdf.mjs: the same Chromium and arguments, the deck opened from its file with ?print-pdf, page.pdf() once reveal.js says pdf-ready and the fonts are loaded); ` +
          (staleBuild ? `not the README's command: dist/ was not current (${staleBuild}).` : 'and the README’s command npm run export:pdf -- --out f.pdf (npm, the build check, the export) on the project’s dist/, which was current.'),
        figures,
        details,
      };
    } finally {
      rmSync(dirname(command), { recursive: true, force: true });
      rmSync(work, { recursive: true, force: true });
    }
  },
};
