/**
 * Sends what goes wrong to the app's error log (app-log.ts): uncaught exceptions and
 * unhandled rejections in main (logged, and the show goes on rather than a dialog over the
 * audience's screen), renderers and helper processes that die, pages that fail to load, a
 * preload that throws, a page that stops answering.
 */
import { app } from 'electron';
import { errorDetail, isReportableLoadFailure, type AppLog } from './app-log';

export function setupErrorLog(log: AppLog, proc: NodeJS.EventEmitter = process): void {
  log.write('start', { version: app.getVersion(), electron: process.versions.electron ?? null, packaged: app.isPackaged });
  proc.on('uncaughtException', (error: unknown) => {
    console.error('Uncaught exception in main:', error);
    log.write('uncaught-exception', errorDetail(error));
  });
  proc.on('unhandledRejection', (reason: unknown) => {
    console.error('Unhandled rejection in main:', reason);
    log.write('unhandled-rejection', errorDetail(reason));
  });
  app.on('render-process-gone', (_event, contents, details) => {
    log.write('renderer-gone', { url: contents.getURL(), reason: details.reason, exitCode: details.exitCode });
  });
  app.on('child-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    log.write('child-process-gone', { type: details.type, reason: details.reason, exitCode: details.exitCode, name: details.name ?? null });
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('did-fail-load', (_loadEvent, errorCode, errorDescription, url, isMainFrame) => {
      if (isReportableLoadFailure(errorCode)) log.write('load-failed', { url, errorCode, errorDescription, isMainFrame });
    });
    contents.on('preload-error', (_preloadEvent, preloadPath, error) => {
      log.write('preload-error', { preloadPath, ...errorDetail(error) });
    });
    contents.on('unresponsive', () => log.write('unresponsive', { url: contents.getURL() }));
  });
}
