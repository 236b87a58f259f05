/**
 * Exports the deck to PDF with headless Chromium (Playwright): serve the built renderer,
 * open its print view, wait until every page is settled, print, add metadata and
 * bookmarks (finish-pdf.ts), and write the file atomically. The app's own export uses
 * the same print view and the same finishing through Electron's printToPDF.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import type { PrintOptions } from '../shared/print-pages.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.ts';
import type { finishPdf as FinishPdf, parsePrintManifest as ParsePrintManifest } from './finish-pdf.ts';
import { serveFolder } from './static-server.ts';
import { checkOutputPath, OutputError, writeFileAtomic } from '../node/write-atomic.ts';

export interface ExportOptions extends PrintOptions {
  out: string;
  /** The built renderer (dist/renderer): the deck printed is the one built into it. */
  rendererDir: string;
  timeoutMs?: number;
  /** Chromium to use; default as in the tests (CHROMIUM_PATH, Debian's, Playwright's). */
  executablePath?: string;
  onProgress?: (progress: { stage: 'layout' | 'print' | 'finish' | 'write'; done: number; total: number }) => void;
}

export class ExportError extends Error {}

export async function exportPdf(options: ExportOptions): Promise<{ pages: number; bytes: number }> {
  const out = resolve(options.out);
  checkOutputPath(out);
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    throw new ExportError(`no built renderer in ${options.rendererDir}: run npm run build first`);
  }
  const progress = options.onProgress ?? (() => {});
  const timeoutMs = options.timeoutMs ?? 60_000;
  // pdf-lib takes a few hundred milliseconds to load: it loads while the browser starts.
  const finishing: Promise<{ finishPdf: typeof FinishPdf; parsePrintManifest: typeof ParsePrintManifest }> = import('./finish-pdf.ts');
  finishing.catch(() => {}); // Its failure is reported where it is awaited, not as an unhandled rejection.
  const server = await serveFolder(options.rendererDir);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser(options.executablePath ?? chromiumExecutable());
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(String(error)));
    const query = new URLSearchParams({ view: 'print' });
    for (const flag of ['steps', 'notes', 'handout'] as const) if (options[flag]) query.set(flag, '');
    // No need to wait for the load event: the print view says itself when every page is ready.
    await page.goto(`${server.url}/index.html?${query.toString().replace(/=(&|$)/g, '$1')}`, { timeout: timeoutMs, waitUntil: 'commit' });

    const deadline = Date.now() + timeoutMs;
    const { finishPdf, parsePrintManifest } = await finishing;
    const { deck, pages } = parsePrintManifest(await page.locator('[data-print-manifest]').getAttribute('data-print-manifest', { timeout: timeoutMs }));
    for (;;) {
      const state = await page.evaluate(() => ({
        ready: document.documentElement.hasAttribute('data-print-ready'),
        laidOut: Number(document.documentElement.dataset.printLaidOut ?? 0),
      }));
      progress({ stage: 'layout', done: state.laidOut, total: pages.length });
      if (state.ready) break;
      if (failures.length > 0) throw new ExportError(`the print view failed: ${failures[0]}`);
      if (Date.now() > deadline) throw new ExportError(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for the print view to settle (${state.laidOut} of ${pages.length} pages laid out)`);
      await page.waitForTimeout(50);
    }

    progress({ stage: 'print', done: pages.length, total: pages.length });
    const printed = await withDeadline(
      page.pdf({
        width: '1920px',
        height: '1080px',
        printBackground: true,
        preferCSSPageSize: true,
        margin: { top: '0', right: '0', bottom: '0', left: '0' },
        tagged: true,
      }),
      deadline,
      `timed out after ${Math.round(timeoutMs / 1000)} s while printing`,
    );
    progress({ stage: 'finish', done: pages.length, total: pages.length });
    const finished = await finishPdf(printed, { deck, pages });
    progress({ stage: 'write', done: pages.length, total: pages.length });
    writeFileAtomic(out, finished);
    return { pages: pages.length, bytes: finished.length };
  } catch (error) {
    if (error instanceof OutputError || error instanceof ExportError) throw error;
    const message = (error as Error).message.split('\n')[0]!;
    throw new ExportError(/Timeout|timed out/i.test(message) ? `timed out: ${message}` : message);
  } finally {
    await browser?.close().catch(() => {});
    await server.close();
  }
}

async function withDeadline<T>(work: Promise<T>, deadline: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExportError(message)), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([work, expiry]);
  } finally {
    clearTimeout(timer);
  }
}

async function launchBrowser(executablePath: string | undefined): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    const where = executablePath ? `at ${executablePath}` : "from Playwright's own browsers";
    throw new ExportError(
      `no usable Chromium ${where} (${(error as Error).message.split('\n')[0]}). ` +
        'Set CHROMIUM_PATH to a Chromium or Chrome executable, install one (Debian: apt-get install chromium), or run npx playwright install chromium.',
    );
  }
}
