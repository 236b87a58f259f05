/**
 * The app's PDF export: the one PDF pipeline (pdf/print-to-pdf.ts) the command line takes,
 * with Electron's own Chromium printing (printToPDF) in a hidden window.
 */
import type { BrowserWindow } from 'electron';
import { PRINT_PAGE, PRINT_VIEW_STATE_SCRIPT, type PrintDriver, type PrintViewState } from '../pdf/print-driver';
import { printToPdf } from '../pdf/print-to-pdf';
import { createSecureWindow } from './secure-window';

export interface AppExportOptions {
  /** The print view's URL (app://deck/index.html?view=print…, args.ts printUrl). */
  url: string;
  preload: string;
  out: string;
  timeoutMs?: number;
}

/** printToPDF takes inches: 96 CSS pixels to the inch. */
const PAGE_SIZE_INCHES = { width: PRINT_PAGE.widthPx / 96, height: PRINT_PAGE.heightPx / 96 };

export function exportPdfFromApp(options: AppExportOptions): Promise<{ pages: number; bytes: number }> {
  return printToPdf(electronPrintDriver(options.preload), { url: options.url, out: options.out, timeoutMs: options.timeoutMs });
}

/** Electron as the pipeline's print driver: a hidden window, destroyed when done. */
export function electronPrintDriver(preload: string): PrintDriver {
  let window: BrowserWindow | undefined;
  const opened = (): BrowserWindow => {
    if (!window || window.isDestroyed()) throw new Error('the print view is not open');
    return window;
  };
  return {
    async open(url) {
      // Hidden and never interactive: no developer tools, whatever the build.
      window = createSecureWindow({ show: false, width: PRINT_PAGE.widthPx, height: PRINT_PAGE.heightPx, preload, devTools: false });
      await window.loadURL(url);
    },
    readState: () => opened().webContents.executeJavaScript(PRINT_VIEW_STATE_SCRIPT) as Promise<PrintViewState>,
    print: () =>
      opened().webContents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        pageSize: PAGE_SIZE_INCHES,
        margins: { top: 0, right: 0, bottom: 0, left: 0 },
        generateTaggedPDF: true,
      }),
    async close() {
      if (window && !window.isDestroyed()) window.destroy();
    },
  };
}
