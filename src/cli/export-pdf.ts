/**
 * `npm run export:pdf -- --out deck.pdf [--steps] [--notes] [--handout] [--timeout <s>] [--renderer <dir>]`
 * (--renderer: another built renderer than dist/renderer, as the bench measures its own build).
 * Prints the built deck to PDF. A progress bar on a terminal, plain lines otherwise;
 * every failure ends with one clear line and a non-zero exit, and the output file is
 * either complete or untouched.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportPdf } from '../export/export-pdf';

const projectRoot = resolve(import.meta.dirname, '../..');

function usage(problem: string): never {
  console.error(`${problem}\nUsage: npm run export:pdf -- --out deck.pdf [--steps] [--notes] [--handout] [--timeout <seconds>] [--renderer <dir>]`);
  process.exit(2);
}

let values: { out?: string; steps?: boolean; notes?: boolean; handout?: boolean; timeout?: string; renderer?: string };
try {
  ({ values } = parseArgs({
    options: {
      out: { type: 'string', short: 'o' },
      steps: { type: 'boolean' },
      notes: { type: 'boolean' },
      handout: { type: 'boolean' },
      timeout: { type: 'string' },
      renderer: { type: 'string' },
    },
  }));
} catch (error) {
  usage((error as Error).message);
}
if (!values.out) usage('Missing --out: where to write the PDF.');
const timeoutSeconds = values.timeout === undefined ? 60 : Number(values.timeout);
if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) usage(`--timeout takes seconds, not "${values.timeout}".`);

const interactive = Boolean(process.stdout.isTTY);
const labels = { layout: 'Laying out', print: 'Printing', finish: 'Adding bookmarks and metadata', write: 'Writing' } as const;
let lastLine = '';
const started = performance.now();

try {
  const result = await exportPdf({
    out: values.out,
    rendererDir: values.renderer ? resolve(values.renderer) : resolve(projectRoot, 'dist/renderer'),
    steps: Boolean(values.steps),
    notes: Boolean(values.notes),
    handout: Boolean(values.handout),
    timeoutMs: timeoutSeconds * 1000,
    onProgress: ({ stage, done, total }) => {
      const line = stage === 'layout' ? `${labels.layout} page ${done} of ${total}` : `${labels[stage]}…`;
      if (line === lastLine) return;
      lastLine = line;
      if (interactive) {
        const width = 24;
        const filled = Math.round((done / Math.max(1, total)) * width);
        process.stdout.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${line}`.padEnd(80));
      } else {
        console.log(line);
      }
    },
  });
  if (interactive) process.stdout.write('\n');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Wrote ${resolve(values.out)}: ${result.pages} pages, ${(result.bytes / 1024).toFixed(0)} KB, in ${seconds} s`);
} catch (error) {
  if (interactive) process.stdout.write('\n');
  console.error(`Export failed: ${(error as Error).message}`);
  process.exit(1);
}
