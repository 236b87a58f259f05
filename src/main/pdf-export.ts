/**
 * The app's PDF export: the same print view and the same finishing as the command line
 * (src/export), printed by Electron's own Chromium (printToPDF) in a hidden window.
 */
import { finishPdf, parsePrintManifest } from '../export/finish-pdf';
import { checkOutputPath, writeFileAtomic } from '../node/write-atomic';
import { createSecureWindow } from './secure-window';

export interface AppExportOptions {
  /** The print view's URL (app://deck/index.html?view=print…). */
  url: string;
  preload: string;
  out: string;
  timeoutMs?: number;
}

/** 1920x1080 CSS pixels, in the inches printToPDF takes (96 px to the inch). */
const PAGE_SIZE = { width: 1920 / 96, height: 1080 / 96 };

export async function exportPdfFromApp(options: AppExportOptions): Promise<{ pages: number; bytes: number }> {
  checkOutputPath(options.out);
  // Hidden and never interactive: no developer tools, whatever the build.
  const window = createSecureWindow({ show: false, width: 1920, height: 1080, preload: options.preload, devTools: false });
  try {
    await window.loadURL(options.url);
    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    while (!(await window.webContents.executeJavaScript("document.documentElement.hasAttribute('data-print-ready')"))) {
      if (Date.now() > deadline) throw new Error('timed out waiting for the print view to settle');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const manifest = parsePrintManifest(
      await window.webContents.executeJavaScript("document.querySelector('[data-print-manifest]')?.getAttribute('data-print-manifest')"),
    );
    const printed = await window.webContents.printToPDF({
      printBackground: true,
      preferCSSPageSize: true,
      pageSize: PAGE_SIZE,
      margins: { top: 0, right: 0, bottom: 0, left: 0 },
      generateTaggedPDF: true,
    });
    const finished = await finishPdf(printed, manifest);
    writeFileAtomic(options.out, finished);
    return { pages: manifest.pages.length, bytes: finished.length };
  } finally {
    window.destroy();
  }
}
