/**
 * The one way from the print view to a PDF file, whichever browser prints (print-driver.ts):
 * check the output path, open the print view, wait for `data-print-ready`, read its manifest,
 * print, add bookmarks and metadata (finish-pdf.ts), write the file atomically. A failure at
 * any point leaves the file that was there as it was.
 */
import { resolve } from 'node:path';
import { checkOutputPath, OutputError, writeFileAtomic } from '../node/write-atomic.ts';
import type { finishPdf as FinishPdf, parsePrintManifest as ParsePrintManifest, PrintManifest } from './finish-pdf.ts';
import type { PrintDriver } from './print-driver.ts';

export { OutputError } from '../node/write-atomic.ts';

/** A failure of the export itself (the browser, the print view, a timeout), as one line. */
export class ExportError extends Error {}

export type ExportStage = 'layout' | 'print' | 'finish' | 'write';

export interface PrintToPdfOptions {
  /** The print view's URL (page-query.ts printViewUrl). */
  url: string;
  out: string;
  /** For the whole of opening, laying out and printing. Default 60 s. */
  timeoutMs?: number;
  onProgress?: (progress: { stage: ExportStage; done: number; total: number }) => void;
  /** Between two looks at the print view. Default 50 ms. */
  pollMs?: number;
}

export async function printToPdf(driver: PrintDriver, options: PrintToPdfOptions): Promise<{ pages: number; bytes: number }> {
  const out = resolve(options.out);
  checkOutputPath(out);
  const progress = options.onProgress ?? (() => {});
  const timeoutMs = options.timeoutMs ?? 60_000;
  const seconds = Math.round(timeoutMs / 1000);
  const deadline = Date.now() + timeoutMs;
  // pdf-lib takes a few hundred milliseconds to load: it loads while the browser starts.
  const finishing: Promise<{ finishPdf: typeof FinishPdf; parsePrintManifest: typeof ParsePrintManifest }> = import('./finish-pdf.ts');
  finishing.catch(() => {}); // Its failure is reported where it is awaited, not as an unhandled rejection.
  try {
    await withDeadline(driver.open(options.url, timeoutMs), deadline, `timed out after ${seconds} s opening the print view at ${options.url}`);
    const { finishPdf, parsePrintManifest } = await finishing;
    const readManifest = (json: string | null): PrintManifest => {
      try {
        return parsePrintManifest(json);
      } catch (error) {
        throw new ExportError(`the print view at ${options.url}: ${(error as Error).message}`);
      }
    };

    let manifest: PrintManifest | null = null;
    for (;;) {
      const state = await withDeadline(driver.readState(), deadline, `timed out after ${seconds} s waiting for the print view at ${options.url}`);
      if (manifest === null && (state.manifest !== null || state.ready)) manifest = readManifest(state.manifest);
      if (manifest) progress({ stage: 'layout', done: state.laidOut, total: manifest.pages.length });
      if (state.ready) break;
      const failure = driver.pageError?.();
      if (failure) throw new ExportError(`the print view failed: ${failure}`);
      if (Date.now() > deadline) {
        throw new ExportError(`timed out after ${seconds} s waiting for the print view to settle (${state.laidOut} of ${manifest?.pages.length ?? '?'} pages laid out)`);
      }
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 50));
    }
    const total = manifest!.pages.length;

    progress({ stage: 'print', done: total, total });
    const printed = await withDeadline(driver.print(), deadline, `timed out after ${seconds} s while printing`);
    progress({ stage: 'finish', done: total, total });
    const finished = await finishPdf(printed, manifest!);
    progress({ stage: 'write', done: total, total });
    writeFileAtomic(out, finished);
    return { pages: total, bytes: finished.length };
  } catch (error) {
    if (error instanceof OutputError || error instanceof ExportError) throw error;
    const message = (error as Error).message.split('\n')[0]!;
    throw new ExportError(/Timeout|timed out/i.test(message) ? `timed out: ${message}` : message);
  } finally {
    await driver.close().catch(() => {});
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
