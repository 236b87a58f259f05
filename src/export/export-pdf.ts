/**
 * The command line's PDF export: serve the built renderer on the loopback interface and let
 * headless Chromium (Playwright) print its print view, through the one PDF pipeline
 * (pdf/print-to-pdf.ts) the app's own export also takes, with Electron printing instead.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { PrintDriver, PrintViewState } from '../pdf/print-driver.ts';
import { PRINT_PAGE, PRINT_VIEW_STATE_SCRIPT } from '../pdf/print-driver.ts';
import { ExportError, printToPdf, type ExportStage } from '../pdf/print-to-pdf.ts';
import { printViewUrl } from '../shared/page-query.ts';
import type { PrintOptions } from '../shared/print-pages.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.ts';
import { serveFolder } from './static-server.ts';

export { ExportError } from '../pdf/print-to-pdf.ts';

export interface ExportOptions extends PrintOptions {
  out: string;
  /** The built renderer (dist/renderer): the deck printed is the one built into it. */
  rendererDir: string;
  timeoutMs?: number;
  /** Chromium to use; default as in the tests (CHROMIUM_PATH, Debian's, Playwright's). */
  executablePath?: string;
  onProgress?: (progress: { stage: ExportStage; done: number; total: number }) => void;
}

export async function exportPdf(options: ExportOptions): Promise<{ pages: number; bytes: number }> {
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    throw new ExportError(`no built renderer in ${options.rendererDir}: run npm run build first`);
  }
  // Chromium starts now, while the server starts and the pipeline loads pdf-lib: the longest wait first.
  const driver = playwrightPrintDriver(options.executablePath ?? chromiumExecutable());
  let server: Awaited<ReturnType<typeof serveFolder>>;
  try {
    server = await serveFolder(options.rendererDir);
  } catch (error) {
    await driver.close();
    throw error;
  }
  try {
    return await printToPdf(driver, {
      url: printViewUrl(server.url, options),
      out: options.out,
      timeoutMs: options.timeoutMs,
      onProgress: options.onProgress,
    });
  } finally {
    await server.close();
  }
}

/** Playwright's Chromium as the pipeline's print driver: a browser of its own, launched as the driver is made, one page. */
export function playwrightPrintDriver(executablePath: string | undefined): PrintDriver {
  const launching = launchBrowser(executablePath);
  launching.catch(() => {}); // Its failure is reported by open(), where it is awaited.
  let browser: Browser | undefined;
  let page: Page | undefined;
  const failures: string[] = [];
  const opened = (): Page => {
    if (!page) throw new Error('the print view is not open');
    return page;
  };
  return {
    async open(url, timeoutMs) {
      browser = await launching;
      page = await browser.newPage({ viewport: { width: PRINT_PAGE.widthPx, height: PRINT_PAGE.heightPx } });
      page.on('pageerror', (error) => failures.push(String(error)));
      // No need to wait for the load event: the print view says itself when every page is ready.
      await page.goto(url, { timeout: timeoutMs, waitUntil: 'commit' });
    },
    readState: () => opened().evaluate<PrintViewState>(PRINT_VIEW_STATE_SCRIPT),
    pageError: () => failures[0] ?? null,
    print: () =>
      opened().pdf({
        width: `${PRINT_PAGE.widthPx}px`,
        height: `${PRINT_PAGE.heightPx}px`,
        printBackground: true,
        preferCSSPageSize: true,
        margin: { top: '0', right: '0', bottom: '0', left: '0' },
        tagged: true,
      }),
    async close() {
      await (browser ?? (await launching.catch(() => undefined)))?.close().catch(() => {});
    },
  };
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
