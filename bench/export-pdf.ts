/**
 * `npm run bench:export`: how long a PDF export takes, as a whole process (browser start
 * included), for the deck per scene and per step; then a generated 200-scene deck, to show
 * a long deck exports without running out of memory. Prints figures; fails on none.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportPdf } from '../src/export/export-pdf.ts';
import { writeLongDeck } from './long-deck.ts';
import { PDF_KINDS, timeExportProcess } from './measure/pdf-export.ts';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'bench-export-'));

console.log('PDF export, whole process (node start, browser start, layout, print, bookmarks, write):');
for (const kind of PDF_KINDS) {
  const { seconds, kb } = await timeExportProcess(join(root, 'dist/cli/export-pdf.mjs'), join(root, 'dist/renderer'), kind.args, 3);
  seconds.sort((a, b) => a - b);
  console.log(`  ${(kind.args[0] ?? kind.label).padEnd(10)} median ${seconds[1]!.toFixed(2)} s (min ${seconds[0]!.toFixed(2)}, max ${seconds[2]!.toFixed(2)}), ${kb.toFixed(0)} KB`);
}

// The README's command as a user types it, npm included, on the build just made: the build stamp
// says nothing changed, so this is the export alone; a figure well above the ones above is a build
// that should not have happened.
const commandSeconds: number[] = [];
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  const said = execFileSync('npm', ['run', 'export:pdf', '--silent', '--', '--out', join(work, 'command.pdf')], { cwd: root, encoding: 'utf8' });
  commandSeconds.push((performance.now() - started) / 1000);
  if (said.includes('Building first')) console.log(`  (run ${run + 1} built first: ${said.split('\n')[0]})`);
}
commandSeconds.sort((a, b) => a - b);
console.log(`npm run export:pdf -- --out f.pdf, whole command, nothing changed: median ${commandSeconds[1]!.toFixed(2)} s (min ${commandSeconds[0]!.toFixed(2)}, max ${commandSeconds[2]!.toFixed(2)})`);

// The generated long deck: 200 scenes of three steps each.
const slides = join(work, 'slides');
writeLongDeck(slides);
const renderer = join(work, 'renderer');
execFileSync('npx', ['vite', 'build', '--outDir', renderer, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, env: { ...process.env, DECK_SLIDES_DIR: slides } });
const started = performance.now();
const result = await exportPdf({ out: join(work, 'long.pdf'), rendererDir: renderer, steps: false, notes: false, handout: false, timeoutMs: 300_000 });
console.log(
  `200-scene generated deck: ${result.pages} pages, ${(result.bytes / 1024 / 1024).toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
    `exporter peak resident memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
