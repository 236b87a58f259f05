/**
 * The two ways the app exports a PDF (pdf-export.ts does the work): File › Export PDF…,
 * which asks where and says how it went, and --export-pdf <file> for scripts, which
 * exports, prints one line and quits with a status.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { showMessageBoxOverFocused } from './dialog-parent';
import { exportPdfFromApp } from './pdf-export';

export interface ExportTarget {
  /** The print view's URL (args.ts printUrl). */
  url: string;
  preload: string;
}

export async function exportWithDialog(target: ExportTarget): Promise<void> {
  const options = { title: 'Export PDF', defaultPath: 'forced-repatriation.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const parent = BrowserWindow.getFocusedWindow();
  const choice = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
  if (choice.canceled || !choice.filePath) return;
  try {
    const result = await exportPdfFromApp({ ...target, out: choice.filePath });
    await showMessageBoxOverFocused({ type: 'info', message: `Exported ${result.pages} pages to ${choice.filePath}` });
  } catch (error) {
    await showMessageBoxOverFocused({ type: 'error', message: 'Export failed', detail: (error as Error).message });
  }
}

export async function exportAndQuit(target: ExportTarget, out: string): Promise<void> {
  try {
    const result = await exportPdfFromApp({ ...target, out });
    console.log(`Wrote ${out}: ${result.pages} pages, ${Math.round(result.bytes / 1024)} KB`);
    app.exit(0);
  } catch (error) {
    console.error(`Export failed: ${(error as Error).message}`);
    app.exit(1);
  }
}
