/**
 * Exporting the deck to PDF, from the command line as a user would: the PDF is opened
 * with pdfjs and checked for pages, text, bookmarks, metadata and shape; the failures a
 * user can meet end with a clear message, and an existing file survives a failed export.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { applyAllowedCorrections, splitSentences } from '../../src/deck/article.ts';
import { fullestSteps } from '../../src/shared/print-pages.ts';
import { deck } from '../deck.ts';

const run = promisify(execFile);
const projectRoot = resolve(import.meta.dirname, '../..');
const article = readFileSync(join(projectRoot, 'assets/article.txt'), 'utf8');
const workdir = mkdtempSync(join(tmpdir(), 'export-'));

/** Runs the built command (dist/cli, as `npm run export:pdf` does) on the built renderer: npm test builds both first. */
async function exportPdf(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['dist/cli/export-pdf.mjs', ...args], {
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

async function openPdf(path: string) {
  return getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
}

async function textOf(path: string): Promise<string> {
  const pdf = await openPdf(path);
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    // A line that breaks after a hyphen ("non-" / "refoulement") joins without a space, as readers copy it.
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL && !item.str.endsWith('-') ? ' ' : '') : '')).join(''));
  }
  // The serif's one apostrophe glyph serves U+2019 and U+02BC, and the PDF's text map names it U+02BC.
  return pages.join(' ').replace(/\u02BC/g, '\u2019').replace(/\s+/g, ' ');
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('a PDF of the deck: a page per scene, every sentence, bookmarks, metadata, 16:9', async () => {
  const out = join(workdir, 'deck.pdf');
  const result = await exportPdf(['--out', out]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/Laying out page \d+ of \d+/);
  expect(result.stdout).toMatch(/Wrote .*deck\.pdf: \d+ pages/);

  const pdf = await openPdf(out);
  // A title page, then a page for each scene (two for a scene whose text is cleared part-way).
  const scenePages = deck.scenes.reduce((sum, scene) => sum + fullestSteps(scene).length, 0);
  expect(pdf.numPages).toBe(1 + scenePages);
  for (let number = 1; number <= pdf.numPages; number++) {
    const [x0, y0, x1, y1] = (await pdf.getPage(number)).view;
    expect((x1! - x0!) / (y1! - y0!)).toBeCloseTo(16 / 9, 3);
  }

  const text = await textOf(out);
  let cursor = 0;
  for (const sentence of splitSentences(applyAllowedCorrections(article))) {
    const at = text.indexOf(sentence, cursor);
    expect(at, `in order: ${sentence}`).toBeGreaterThanOrEqual(0);
    cursor = at + sentence.length;
  }

  const outline = (await pdf.getOutline()) ?? [];
  expect(outline.map((entry) => entry.title)).toEqual([deck.title, ...deck.scenes.map((scene, index) => `${index}. ${scene.title}`)]);

  const info = (await pdf.getMetadata()).info as Record<string, string>;
  expect(info.Title).toBe(deck.title);
  expect(info.Author).toBe(deck.author);
  expect(info.Subject).toContain('forcibly returned');
  expect(info.Keywords).toContain('non-refoulement');
  expect(info.CreationDate).toMatch(/^D:\d{14}/);
});

test('with --steps, a page per step and a bookmark per step; with --notes, notes pages', async () => {
  const out = join(workdir, 'steps.pdf');
  expect((await exportPdf(['--out', out, '--steps', '--notes'])).code).toBe(0);
  const pdf = await openPdf(out);
  const steps = deck.scenes.reduce((sum, scene) => sum + scene.steps.length, 0);
  expect(pdf.numPages).toBe(1 + steps + deck.scenes.length);
  const outline = (await pdf.getOutline())!;
  const blade = outline.find((entry) => entry.title.endsWith('The blade in the sleeve'))!;
  expect(blade.items.map((item) => item.title)).toEqual(['Step 1', 'Step 2', 'Step 3', 'Step 4']);
  const text = await textOf(out);
  expect(text).toContain('Hold the last line for a full breath');
  // Notes written per step print in step order, each under the step it belongs to (the title, then the parts).
  const lower = text.toLowerCase();
  const demands = lower.slice(lower.indexOf('three demands the whole scene'));
  const at = ['the whole scene', 'step 2 of 4', 'step 3 of 4', 'step 4 of 4'].map((label) => demands.indexOf(label));
  expect(lower).toContain('three demands the whole scene');
  expect(at.every((index) => index >= 0), at.join(', ')).toBe(true);
  expect(at).toEqual([...at].sort((a, b) => a - b));
});

test('a handout puts three scenes and their notes on a page', async () => {
  const out = join(workdir, 'handout.pdf');
  expect((await exportPdf(['--out', out, '--handout'])).code).toBe(0);
  const pdf = await openPdf(out);
  expect(pdf.numPages).toBe(1 + Math.ceil(deck.scenes.length / 3));
});

test('a missing folder, a folder as the output, a bad option: clear messages, non-zero exits', async () => {
  const missing = await exportPdf(['--out', join(workdir, 'no-such-folder', 'deck.pdf')]);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain(`Export failed: the folder ${join(workdir, 'no-such-folder')} does not exist`);

  mkdirSync(join(workdir, 'a-folder.pdf'));
  const folder = await exportPdf(['--out', join(workdir, 'a-folder.pdf')]);
  expect(folder.code).toBe(1);
  expect(folder.stderr).toContain('is a folder, not a file');

  const noOut = await exportPdf([]);
  expect(noOut.code).toBe(2);
  expect(noOut.stderr).toContain('Missing --out');
  const badTimeout = await exportPdf(['--out', join(workdir, 'x.pdf'), '--timeout', 'soon']);
  expect(badTimeout.code).toBe(2);
  expect(badTimeout.stderr).toContain('--timeout takes seconds, not "soon"');
});

test('no browser, or a timeout: the existing file survives, and no partial file is left', async () => {
  const out = join(workdir, 'kept.pdf');
  writeFileSync(out, 'the previous export');

  const noBrowser = await exportPdf(['--out', out], { CHROMIUM_PATH: join(workdir, 'no-chromium-here') });
  expect(noBrowser.code).toBe(1);
  expect(noBrowser.stderr).toContain('Export failed: no usable Chromium at');
  expect(noBrowser.stderr).toContain('Set CHROMIUM_PATH');
  expect(readFileSync(out, 'utf8')).toBe('the previous export');

  const timeout = await exportPdf(['--out', out, '--timeout', '0.001']);
  expect(timeout.code).toBe(1);
  expect(timeout.stderr).toMatch(/Export failed: .*tim/i);
  expect(readFileSync(out, 'utf8')).toBe('the previous export');
  expect(existsSync(join(workdir, `.kept.pdf.${process.pid}.partial`))).toBe(false);
});
