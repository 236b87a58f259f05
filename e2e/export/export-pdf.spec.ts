/**
 * Exporting the deck to PDF, from the command line as a user would: the PDF is opened
 * with pdfjs and checked for pages, text (the article's, character for character), bookmarks,
 * metadata and shape; poppler's pdffonts and pdfinfo read its fonts and its tags (what a
 * screen reader is given); the failures a user can meet end with a clear message, and an
 * existing file survives a failed export.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
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
  // Lines joined as a reader joins them; no character is changed (a ’ must come out as U+2019).
  return pages.join(' ').replace(/\s+/g, ' ');
}

/** An element of the PDF's structure tree as `pdfinfo -struct-text` prints it: its role, its text, its children. */
interface Tagged {
  role: string;
  text: string;
  children: Tagged[];
}

/** The structure tree, read by poppler: the text each element holds is the text a screen reader is given. */
async function tagsOf(path: string): Promise<Tagged> {
  const { stdout } = await run('pdfinfo', ['-struct-text', path], { maxBuffer: 16 * 1024 * 1024 });
  const root: Tagged = { role: 'root', text: '', children: [] };
  const open: { depth: number; node: Tagged }[] = [{ depth: -1, node: root }];
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    const depth = line.length - line.trimStart().length;
    while (open.length > 1 && open.at(-1)!.depth >= depth) open.pop();
    const body = line.trim();
    if (body.startsWith('"')) {
      // Text belongs to every element it is inside.
      for (const { node } of open) node.text += JSON.parse(body) as string;
      continue;
    }
    const node: Tagged = { role: body.replace(/\s*\(.*\)$/, ''), text: '', children: [] };
    open.at(-1)!.node.children.push(node);
    open.push({ depth, node });
  }
  return root;
}

function tagged(node: Tagged, role: string): Tagged[] {
  return [...(node.role === role ? [node] : []), ...node.children.flatMap((child) => tagged(child, role))];
}

/** The printed deck every check of its text and tags reads: exported once, by the first test. */
const deckPdf = join(workdir, 'deck.pdf');

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('a PDF of the deck: a page per scene, every sentence, bookmarks, metadata, 16:9', async () => {
  const out = deckPdf;
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

test("the PDF's text is the article's own characters, labels read as words, and no font is Type 3", async () => {
  const text = await textOf(deckPdf);
  // The article's ’ (U+2019) and “ ” come out as written; nothing reads as the look-alike U+02BC.
  expect(text).not.toContain('\u02BC');
  expect(text).toContain('wasn’t the story of the film');
  expect(text).toContain('another “Lu Jiwan” is somewhere in China');
  // Letter-spaced labels (scene titles, the map's names) extract as words, not "T H E S C A R".
  for (const scene of deck.scenes) expect(text, scene.id).toContain(scene.title.toUpperCase());
  expect(text).toContain('BELGIUM');

  const { stdout } = await run('pdffonts', [deckPdf]);
  const fonts = stdout.split('\n').slice(2).filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  expect(stdout, 'no Type 3 font').not.toContain('Type 3');
  // name, type (two words), encoding, then emb sub uni: every font embedded, subset, with a text map.
  for (const font of fonts) expect(font, font).toMatch(/^\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s/);
});

test("the PDF's tags: a heading per scene under the deck's, the article in paragraphs with its spaces, quotes, figures, language, XMP", async () => {
  const tags = await tagsOf(deckPdf);
  expect(tagged(tags, 'H1').map((heading) => heading.text)).toEqual([deck.title]);
  // Scene titles are set in capitals (text-transform), and the tags hold the glyphs drawn.
  expect(tagged(tags, 'H2').map((heading) => heading.text)).toEqual(deck.scenes.map((scene) => scene.title.toUpperCase()));

  // Every sentence of the article, character for character, inside tagged paragraphs: no word
  // glued to the next across a line break. (A quotation the deck shows a part a step is a
  // paragraph a part, so paragraphs are joined by a space, as steps are.)
  const paragraphs = tagged(tags, 'P').map((paragraph) => paragraph.text).join(' ');
  let cursor = 0;
  for (const sentence of splitSentences(applyAllowedCorrections(article))) {
    const at = paragraphs.indexOf(sentence, cursor);
    expect(at, `in a tagged paragraph, in order: ${sentence}`).toBeGreaterThanOrEqual(0);
    cursor = at + sentence.length;
  }
  const quotes = deck.scenes.flatMap((scene) => scene.steps.filter((step) => step.style === 'quote' && step.article).map((step) => step.article));
  expect(tagged(tags, 'BlockQuote').map((quote) => quote.text)).toEqual(quotes);

  const pdf = await openPdf(deckPdf);
  const figures: { alt?: string }[] = [];
  const collect = (node: { role?: string; alt?: string; children?: unknown[] }) => {
    if (node.role === 'Figure') figures.push(node);
    for (const child of node.children ?? []) collect(child as typeof node);
  };
  for (let number = 1; number <= pdf.numPages; number++) collect((await (await pdf.getPage(number)).getStructTree()) ?? {});
  expect(figures.map((figure) => figure.alt)).toEqual(deck.scenes.flatMap((scene) => (scene.visualAlt ? [scene.visualAlt] : [])));

  // What is not tagged is marked as an artifact: nothing is painted outside marked content.
  const painting = new Set([OPS.showText, OPS.showSpacedText, OPS.fill, OPS.eoFill, OPS.stroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeStroke, OPS.closeFillStroke, OPS.closeEOFillStroke, OPS.shadingFill, OPS.paintImageXObject, OPS.paintFormXObjectBegin]);
  for (let number = 1; number <= pdf.numPages; number++) {
    const { fnArray, argsArray } = await (await pdf.getPage(number)).getOperatorList();
    let depth = 0;
    let untagged = 0;
    fnArray.forEach((fn, index) => {
      if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) depth++;
      else if (fn === OPS.endMarkedContent) depth--;
      else if (depth === 0 && (painting.has(fn) || (fn === OPS.constructPath && painting.has((argsArray[index] as number[])[0]!)))) untagged++;
    });
    expect(untagged, `page ${number}: painted neither tagged nor as an artifact`).toBe(0);
  }

  const { info, metadata } = await pdf.getMetadata();
  expect((info as Record<string, unknown>).Language).toBe('en');
  expect(metadata?.get('dc:title')).toBe(deck.title);
  expect(metadata?.get('dc:creator')).toEqual([deck.author]);
  const { stdout } = await run('pdfinfo', [deckPdf]);
  expect(stdout).toMatch(/^Tagged:\s+yes$/m);
  expect(stdout).toMatch(/^Metadata Stream:\s+yes$/m);
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
