/**
 * The two ways the app exports a PDF (pdf-export.ts does the work): File › Export PDF…,
 * which asks where and says how it went, and --export-pdf <file> for scripts, which
 * exports, prints one line and quits with a status.
 */
import { app, dialog } from 'electron';
import { exportPdfFromApp } from './pdf-export';

export interface ExportTarget {
  /** The print view's URL (args.ts printUrl). */
  url: string;
  preload: string;
}

export async function exportWithDialog(target: ExportTarget): Promise<void> {
  const choice = await dialog.showSaveDialog({ title: 'Export PDF', defaultPath: 'forced-repatriation.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  if (choice.canceled || !choice.filePath) return;
  try {
    const result = await exportPdfFromApp({ ...target, out: choice.filePath });
    await dialog.showMessageBox({ type: 'info', message: `Exported ${result.pages} pages to ${choice.filePath}` });
  } catch (error) {
    dialog.showErrorBox('Export failed', (error as Error).message);
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
