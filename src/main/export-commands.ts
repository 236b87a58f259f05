/**
 * The two ways the app exports (pdf-export.ts and video-export.ts do the work): from the File
 * menu, which asks where, shows progress on the window's taskbar or dock icon and says how it
 * went; and from the command line (--export-pdf, --export-video) for scripts, which exports,
 * prints one line and quits with a status. One export runs at a time; quitting the app stops
 * one that runs, leaving no partial file.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { showMessageBoxOverFocused } from './dialog-parent';
import { exportPdfFromApp } from './pdf-export';
import { exportVideoFromApp, type AppVideo } from './video-export';

export interface ExportTarget {
  /** The print view's URL (args.ts printUrl). */
  url: string;
  preload: string;
  /** The built renderer's folder: the video plans its frames from its deck.json. */
  rendererDir: string;
}

/** One kind of export: what the save dialog offers, and the work, which resolves with a line saying what it wrote. */
export interface AppExport {
  title: string;
  defaultPath: string;
  filter: { name: string; extensions: string[] };
  run(out: string, options: { signal: AbortSignal; onProgress: (fraction: number) => void }): Promise<string>;
}

export function pdfExport(target: ExportTarget): AppExport {
  return {
    title: 'Export PDF',
    defaultPath: 'forced-repatriation.pdf',
    filter: { name: 'PDF', extensions: ['pdf'] },
    async run(out) {
      const result = await exportPdfFromApp({ url: target.url, preload: target.preload, out });
      return `Wrote ${out}: ${result.pages} pages, ${Math.round(result.bytes / 1024)} KB`;
    },
  };
}

/** The menu's export takes the defaults; --export-video may set the size, frame rate and cut. */
export function videoExport(target: ExportTarget, video?: Partial<AppVideo>): AppExport {
  return {
    title: 'Export Video',
    defaultPath: 'forced-repatriation.mp4',
    filter: { name: 'MP4 video', extensions: ['mp4'] },
    async run(out, { signal, onProgress }) {
      const result = await exportVideoFromApp({ rendererDir: target.rendererDir, preload: target.preload, out, video, signal, onProgress });
      const seconds = result.plan.totalFrames / result.plan.fps;
      return `Wrote ${out}: ${seconds.toFixed(1)} s of video, ${(result.bytes / 1024 / 1024).toFixed(1)} MB; poster ${result.poster}, captions ${result.captions}`;
    },
  };
}

let running: AbortController | null = null;

/** Starts an export unless one runs. Quitting meanwhile waits for it to stop and clean up, then quits. */
async function runExclusive(work: AppExport, out: string, onProgress: (fraction: number) => void): Promise<string> {
  if (running) throw new Error('another export is still running: wait for it to finish');
  const controller = new AbortController();
  running = controller;
  const work$ = work.run(out, { signal: controller.signal, onProgress });
  const stopThenQuit = (event: Electron.Event) => {
    event.preventDefault();
    controller.abort();
    void work$.catch(() => {}).finally(() => app.quit());
  };
  app.once('before-quit', stopThenQuit);
  try {
    return await work$;
  } finally {
    app.removeListener('before-quit', stopThenQuit);
    running = null;
  }
}

export async function exportWithDialog(work: AppExport): Promise<void> {
  const options = { title: work.title, defaultPath: work.defaultPath, filters: [work.filter] };
  const parent = BrowserWindow.getFocusedWindow();
  const choice = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
  if (choice.canceled || !choice.filePath) return;
  const progress = (fraction: number) => {
    if (parent && !parent.isDestroyed()) parent.setProgressBar(fraction);
  };
  try {
    const line = await runExclusive(work, choice.filePath, progress);
    progress(-1);
    await showMessageBoxOverFocused({ type: 'info', message: `${work.title}: done`, detail: line });
  } catch (error) {
    progress(-1);
    await showMessageBoxOverFocused({ type: 'error', message: `${work.title} failed`, detail: (error as Error).message });
  }
}

export async function exportAndQuit(work: AppExport, out: string): Promise<void> {
  try {
    console.log(await runExclusive(work, out, () => {}));
    app.exit(0);
  } catch (error) {
    console.error(`Export failed: ${(error as Error).message}`);
    app.exit(1);
  }
}
