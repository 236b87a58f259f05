/**
 * `npx tsx bench/ab-transitions.ts <rounds> <renderer dir> <renderer dir>… [--quick] [--pass 4x|1x|4x-quarter]`:
 * the transitions measurement's pass (4x at 1920x1080 by default) played on two or more renderer
 * builds (each from `npx vite build --outDir <dir>`), alternately, in ABBA order, so a change to the
 * frames can be told from the machine's load: on a shared machine the long frames of one build
 * move more between minutes than between builds. Prints each pass with the load average at its
 * start, and the long animation frames per build.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { deck } from '../e2e/deck.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from '../src/export/browser.ts';
import { serveFolder } from '../src/export/static-server.ts';
import { CROSS_ORIGIN_ISOLATION } from './page-frames.ts';
import { abOrder } from './ab-order.ts';
import { PASSES, play } from './measure/transitions.ts';
import { existingRenderer } from './renderer-build.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { quick: { type: 'boolean', default: false }, pass: { type: 'string', default: '4x' } } });
const [roundsArg, ...dirArgs] = positionals;
const rounds = Number(roundsArg);
const pass = PASSES.find((candidate) => candidate.id === values.pass);
if (!Number.isInteger(rounds) || rounds < 1 || dirArgs.length < 2 || !pass) {
  console.error(`Usage: npx tsx bench/ab-transitions.ts <rounds> <renderer dir> <renderer dir>… [--quick] [--pass ${PASSES.map((candidate) => candidate.id).join('|')}]`);
  process.exit(2);
}
const dirs = dirArgs.map((dir) => existingRenderer(resolve(dir)));

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const counts = new Map<string, number[]>(dirs.map((dir) => [dir, []]));
try {
  for (const [round, dir] of abOrder(dirs, rounds)) {
    const server = await serveFolder(dir, CROSS_ORIGIN_ISOLATION);
    const load = loadavg()[0]!;
    try {
      const played = await play({ browser, url: server.url, isolatedUrl: server.url, rendererDir: dir, deck, quick: values.quick, log: console.log }, pass);
      const long = played.longFrames.length;
      const blocking = played.longFrames.filter((frame) => frame.blockingMs > 0).length;
      // The frame a key press's own task fell in (the long frames' scripts name their invoker).
      const keyFrames = played.longFrames.filter((frame) => frame.scripts.some((script) => script.includes('keydown')));
      counts.get(dir)!.push(long);
      const where = played.transitions
        .map((transition) => [transition.to, played.longFrames.filter((frame) => frame.startMs < transition.endMs && frame.startMs + frame.durationMs > transition.startMs).length] as const)
        .filter(([, count]) => count > 0)
        .map(([to, count]) => `${to} ${count}`)
        .join(', ');
      console.log(`round ${round + 1}, ${dir}: load ${load.toFixed(1)}; ${played.transitions.length} transitions, ${played.frameMs.length} frames, ${long} long animation frames (${blocking} blocking; ${keyFrames.length} with the key press, ${keyFrames.map((frame) => Math.round(frame.durationMs)).join('/') || '-'} ms)${where ? `: ${where}` : ''}`);
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
for (const [dir, each] of counts) console.log(`${dir}: long animation frames ${each.join(', ')}`);
