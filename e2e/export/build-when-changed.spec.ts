/**
 * `npm run export:pdf` builds only when something it is built from changed: run in a copy of the
 * project (its own dist/, copied from this one's, so that it starts built when this one is), it
 * builds nothing a second time, and builds again after a slide is edited, whose change the PDF
 * then shows. A stale build is never used.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const run = promisify(execFile);
const projectRoot = resolve(import.meta.dirname, '../..');

test.describe.configure({ timeout: 240_000 });

test('the PDF command does not build when nothing changed, and builds after a slide changed', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'stamp-'));
  try {
    for (const part of ['src', 'assets', 'slides', 'vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.node.json', 'dist']) {
      if (existsSync(join(projectRoot, part))) cpSync(join(projectRoot, part), join(copy, part), { recursive: true });
    }
    symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
    // As `npm run export:pdf -- --out <file>` runs it, in the copy.
    const exportPdf = async (name: string) => {
      const out = join(copy, name);
      const { stdout } = await run(process.execPath, ['src/cli/run-built.mjs', 'export-pdf', '--out', out], { cwd: copy, timeout: 200_000 });
      return { stdout, out };
    };
    const builtAt = () => statSync(join(copy, 'dist/renderer/index.html')).mtimeMs;

    // Built as this project's dist/ is, or, if that is not up to date, built now.
    const first = await exportPdf('first.pdf');
    expect(first.stdout).toMatch(/Wrote .*first\.pdf: \d+ pages/);
    const firstBuild = builtAt();

    const again = await exportPdf('again.pdf');
    expect(again.stdout).not.toContain('Building');
    expect(again.stdout).toMatch(/Wrote .*again\.pdf: \d+ pages/);
    expect(builtAt(), 'dist/ untouched').toBe(firstBuild);

    // Our own words in a slide (a scene's title), never the article's.
    const slide = join(copy, 'slides/04-the-scar.md');
    writeFileSync(slide, readFileSync(slide, 'utf8').replace('title: The scar\n', 'title: The scar, retitled\n'));
    const changed = await exportPdf('changed.pdf');
    expect(changed.stdout).toContain('Building first: slides/04-the-scar.md changed since the last build');
    expect(builtAt()).toBeGreaterThan(firstBuild);
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(changed.out)) }).promise;
    expect(((await pdf.getOutline()) ?? []).map((entry) => entry.title)).toContain('4. The scar, retitled');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
