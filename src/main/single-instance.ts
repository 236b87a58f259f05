/**
 * One show per machine: a second launch (a double click, an autostart run twice) brings
 * the running show forward and quits. A one-off PDF export (--export-pdf) opens no show,
 * so it neither takes the lock nor is stopped by it. The lock is Electron's, per user-data
 * folder; `host` is Electron's app, or a stand-in in tests.
 */
import { app } from 'electron';

export interface SingleInstanceHost {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

/** Whether this run takes part in the one-show rule: every run but a one-off export. */
export function takesSingleInstanceLock(args: { exportPdf: string | null }): boolean {
  return args.exportPdf === null;
}

/** False when another instance holds the lock: this one is quitting and must set nothing up. */
export function setupSingleInstance(options: { exempt: boolean; focus: () => void }, host: SingleInstanceHost = app): boolean {
  if (options.exempt) return true;
  if (!host.requestSingleInstanceLock()) {
    host.quit();
    return false;
  }
  host.on('second-instance', () => options.focus());
  return true;
}
