import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printPages } from '../shared/print-pages.ts';
import { testDeck, testScene } from '../shared/test-deck.ts';
import type { PrintDriver, PrintViewState } from './print-driver.ts';
import { ExportError, OutputError, printToPdf } from './print-to-pdf.ts';

const URL = 'http://127.0.0.1:9/index.html?view=print';
const deck = testDeck([testScene('the-scar', [4, 4]), testScene('the-journey', [6])]);
const pages = printPages(deck, { steps: true, notes: false, handout: false });
const manifest = JSON.stringify({ deck, pages });

async function pdfOf(pageCount: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let index = 0; index < pageCount; index++) pdf.addPage([1440, 810]);
  return pdf.save();
}

/**
 * A print driver that records what the pipeline asks of it. `states` are what the print view
 * says, one per look (the last repeats); `fail` makes one step throw.
 */
function driverDouble(options: { states?: PrintViewState[]; printed?: () => Promise<Uint8Array>; pageError?: string; fail?: 'open' | 'print' } = {}) {
  const calls: string[] = [];
  const states = options.states ?? [
    { ready: false, laidOut: 0, manifest: null },
    { ready: false, laidOut: 2, manifest },
    { ready: true, laidOut: pages.length, manifest },
  ];
  let look = 0;
  const driver: PrintDriver & { calls: string[] } = {
    calls,
    async open(url, timeoutMs) {
      calls.push(`open ${url} ${timeoutMs}`);
      if (options.fail === 'open') throw new Error('net::ERR_CONNECTION_REFUSED at http://127.0.0.1:9/index.html?view=print\n  call log: …');
    },
    async readState() {
      calls.push('readState');
      return states[Math.min(look++, states.length - 1)]!;
    },
    pageError: () => options.pageError ?? null,
    async print() {
      calls.push('print');
      if (options.fail === 'print') throw new Error('Printing failed');
      return (options.printed ?? (() => pdfOf(pages.length)))();
    },
    async close() {
      calls.push('close');
    },
  };
  return driver;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'print-to-pdf-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the PDF pipeline', () => {
  it('opens the print view, waits for it to be ready, prints, finishes and writes, then closes, in that order', async () => {
    const out = join(dir, 'deck.pdf');
    const driver = driverDouble();
    const stages: string[] = [];
    const result = await printToPdf(driver, { url: URL, out, timeoutMs: 5000, pollMs: 1, onProgress: ({ stage, done, total }) => stages.push(`${stage} ${done}/${total}`) });

    expect(driver.calls).toEqual([`open ${URL} 5000`, 'readState', 'readState', 'readState', 'print', 'close']);
    expect(stages).toEqual([`layout 2/${pages.length}`, `layout ${pages.length}/${pages.length}`, `print ${pages.length}/${pages.length}`, `finish ${pages.length}/${pages.length}`, `write ${pages.length}/${pages.length}`]);
    const written = readFileSync(out);
    expect(result).toEqual({ pages: pages.length, bytes: written.length });
    const pdf = await PDFDocument.load(written, { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(pages.length);
    expect(pdf.getTitle()).toBe('Test deck');
    expect(pdf.getAuthor()).toBe('Tests');
    expect(readdirSync(dir)).toEqual(['deck.pdf']);
  });

  it('checks the output path before opening anything, naming the folder', async () => {
    const driver = driverDouble();
    const missing = join(dir, 'no-such-folder');
    await expect(printToPdf(driver, { url: URL, out: join(missing, 'deck.pdf') })).rejects.toThrow(new OutputError(`the folder ${missing} does not exist`));
    mkdirSync(join(dir, 'a-folder.pdf'));
    await expect(printToPdf(driver, { url: URL, out: join(dir, 'a-folder.pdf') })).rejects.toThrow(`${join(dir, 'a-folder.pdf')} is a folder, not a file`);
    expect(driver.calls).toEqual([]);
  });

  it('names what went wrong: the print view that gave no manifest, an error in the page, a page count that does not match, a load that failed', async () => {
    const out = join(dir, 'deck.pdf');
    const noManifest = driverDouble({ states: [{ ready: true, laidOut: 0, manifest: null }] });
    await expect(printToPdf(noManifest, { url: URL, out, pollMs: 1 })).rejects.toThrow(new ExportError(`the print view at ${URL}: the print view gave no usable manifest`));
    expect(noManifest.calls.at(-1)).toBe('close');

    const pageError = driverDouble({ states: [{ ready: false, laidOut: 1, manifest }], pageError: 'TypeError: scene is undefined' });
    await expect(printToPdf(pageError, { url: URL, out, pollMs: 1 })).rejects.toThrow(new ExportError('the print view failed: TypeError: scene is undefined'));

    const tooFew = driverDouble({ printed: () => pdfOf(2) });
    await expect(printToPdf(tooFew, { url: URL, out, pollMs: 1 })).rejects.toThrow(new ExportError(`the browser printed 2 pages where the print view has ${pages.length}`));

    const refused = driverDouble({ fail: 'open' });
    await expect(printToPdf(refused, { url: URL, out, pollMs: 1 })).rejects.toThrow(new ExportError(`net::ERR_CONNECTION_REFUSED at ${URL}`));
    expect(refused.calls).toEqual([`open ${URL} 60000`, 'close']);
    expect(existsSync(out)).toBe(false);
  });

  it('gives up at the deadline, saying how far the print view got', async () => {
    const stuck = driverDouble({ states: [{ ready: false, laidOut: 1, manifest }] });
    await expect(printToPdf(stuck, { url: URL, out: join(dir, 'deck.pdf'), timeoutMs: 30, pollMs: 5 })).rejects.toThrow(
      new ExportError(`timed out after 0 s waiting for the print view to settle (1 of ${pages.length} pages laid out)`),
    );
    expect(stuck.calls.at(-1)).toBe('close');
    expect(stuck.calls).not.toContain('print');
  });

  it('leaves the file that was there as it was when printing fails', async () => {
    const out = join(dir, 'deck.pdf');
    writeFileSync(out, 'the previous export');
    const driver = driverDouble({ fail: 'print' });
    await expect(printToPdf(driver, { url: URL, out, pollMs: 1 })).rejects.toThrow(new ExportError('Printing failed'));
    expect(readFileSync(out, 'utf8')).toBe('the previous export');
    expect(readdirSync(dir)).toEqual(['deck.pdf']);
    expect(driver.calls.at(-1)).toBe('close');
  });

  it('leaves the file that was there as it was when it cannot be written, and says which file', async () => {
    const out = join(dir, 'deck.pdf');
    writeFileSync(out, 'the previous export');
    // The temporary file the write goes through cannot be made (a folder is in its place), whoever runs the test.
    mkdirSync(join(dir, `.deck.pdf.${process.pid}.partial`));
    const driver = driverDouble();
    await expect(printToPdf(driver, { url: URL, out, pollMs: 1 })).rejects.toThrow(OutputError);
    await expect(printToPdf(driverDouble(), { url: URL, out, pollMs: 1 })).rejects.toThrow(`could not write ${out}: `);
    expect(readFileSync(out, 'utf8')).toBe('the previous export');
    expect(driver.calls).toEqual([`open ${URL} 60000`, 'readState', 'readState', 'readState', 'print', 'close']);
  });
});
