/**
 * One show per machine: a second launch (a double click, an autostart run twice) brings
 * the running show forward and quits. A one-off PDF export (--export-pdf) opens no show,
 * so it neither takes the lock nor is stopped by it.
 */
import { app } from 'electron';

/** False when another instance holds the lock: this one is quitting and must set nothing up. */
export function setupSingleInstance(options: { exempt: boolean; focus: () => void }): boolean {
  if (options.exempt) return true;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => options.focus());
  return true;
}
