/**
 * `npm run bench`: the renderer's performance figures on this machine, against the budgets in
 * bench/budgets.json. Builds its own renderer into a temporary folder (dist/ is left alone),
 * serves it on the loopback, drives headless Chromium (as the tests find it), runs each
 * measurement in turn, prints a table and writes a JSON report. Figures, not tests: a budget
 * over is reported, and the exit code stays 0 unless a measurement could not be taken.
 */
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { deck } from '../e2e/deck.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from '../src/export/browser.ts';
import { serveFolder } from '../src/export/static-server.ts';
import { parseBenchArgs, USAGE } from './args.ts';
import { CROSS_ORIGIN_ISOLATION } from './page-frames.ts';
import { checkBudgets, loadBudgets } from './budgets.ts';
import type { Measurement, MeasurementModule } from './figures.ts';
import { describeMachine } from './machine.ts';
import { bundle } from './measure/bundle.ts';
import { firstScene } from './measure/first-scene.ts';
import { kiosk } from './measure/kiosk.ts';
import { overview } from './measure/overview.ts';
import { pdf } from './measure/pdf-export.ts';
import { presenterSync } from './measure/presenter-sync.ts';
import { phoneRemote } from './measure/phone-remote.ts';
import { scroll } from './measure/scroll.ts';
import { transitions } from './measure/transitions.ts';
import { video } from './measure/video-export.ts';
import { buildRenderer, existingRenderer } from './renderer-build.ts';
import { formatMachine, formatTable, writeReport, type BenchReport } from './report.ts';

const MEASUREMENTS: MeasurementModule[] = [bundle, firstScene, transitions, scroll, presenterSync, phoneRemote, overview, kiosk, pdf, video];

let options;
try {
  options = parseBenchArgs(process.argv.slice(2), MEASUREMENTS.map((measurement) => measurement.name), resolve(import.meta.dirname, 'results/latest.json'));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const budgets = loadBudgets();
const selected = MEASUREMENTS.filter((measurement) => !options.only || options.only.includes(measurement.name));

console.log(options.renderer ? `Measuring the renderer in ${options.renderer}` : 'Building the renderer into a temporary folder…');
const rendererDir = options.renderer ? existingRenderer(options.renderer) : buildRenderer();
const server = await serveFolder(rendererDir);
// A cross-origin isolated page gets 5 µs clocks instead of 100 µs, for frame timing (page-frames.ts).
const isolatedServer = await serveFolder(rendererDir, CROSS_ORIGIN_ISOLATION);
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const machine = describeMachine(browser, executablePath ?? 'Playwright’s Chromium');
console.log(formatMachine(machine));

const measurements: Measurement[] = [];
const failures: BenchReport['failures'] = [];
try {
  for (const measurement of selected) {
    const started = performance.now();
    console.log(`${measurement.name}…`);
    try {
      measurements.push(await measurement.run({ browser, url: server.url, isolatedUrl: isolatedServer.url, rendererDir, deck, quick: options.quick, log: console.log }));
      console.log(`  done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    } catch (error) {
      failures.push({ measurement: measurement.name, error: (error as Error).message.split('\n')[0]! });
      console.error(`  failed: ${(error as Error).message}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  await isolatedServer.close();
  if (!options.renderer) rmSync(dirname(rendererDir), { recursive: true, force: true });
}

const report: BenchReport = { machine, options: { quick: options.quick, only: options.only }, measurements, budgets: checkBudgets(budgets, measurements), failures };
console.log(`\n${formatTable(report)}`);
writeReport(options.out, report);
console.log(`\nWrote ${options.out}`);
process.exitCode = failures.length ? 1 : 0;
