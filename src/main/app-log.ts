/**
 * The app's error log: what went wrong while nobody was looking at a console (an uncaught
 * exception or unhandled rejection in main, a renderer that crashed, a page that failed to
 * load, a state file found corrupt). JSON lines in <userData>/logs/app-log.jsonl, rotated
 * like the kiosk log (rotating-log.ts). What an entry holds is decided here, without Electron.
 */
import { join } from 'node:path';
import { RotatingLog, type RotatingLogOptions } from './rotating-log';

export const APP_LOG_EVENTS = [
  'start',
  'uncaught-exception',
  'unhandled-rejection',
  'renderer-gone',
  'child-process-gone',
  'load-failed',
  'preload-error',
  'unresponsive',
  'state-problem',
] as const;

export type AppLogEvent = (typeof APP_LOG_EVENTS)[number];

export const APP_LOG_FOLDER = 'logs';
export const APP_LOG_FILE = 'app-log.jsonl';
/** Smaller than the kiosk's: errors are few, and four files of 512 KiB hold thousands. */
export const APP_LOG_MAX_BYTES = 512 * 1024;

export function appLogPath(userData: string): string {
  return join(userData, APP_LOG_FOLDER, APP_LOG_FILE);
}

export type AppLog = RotatingLog<AppLogEvent>;

export function openAppLog(userData: string, options: Omit<RotatingLogOptions, 'label' | 'onFailure'> = {}): AppLog {
  return new RotatingLog<AppLogEvent>(appLogPath(userData), { maxBytes: APP_LOG_MAX_BYTES, ...options, label: 'app log', onFailure: 'the app goes on without it' });
}

/** Stack lines kept: enough to find the place, not a screenful per entry. */
export const MAX_STACK_LINES = 12;

/** An error (or whatever was thrown or rejected) as plain data for a log line. */
export function errorDetail(reason: unknown): { name: string; message: string; stack?: string } {
  if (reason instanceof Error) {
    const detail: { name: string; message: string; stack?: string } = { name: reason.name, message: reason.message };
    if (reason.stack) detail.stack = reason.stack.split('\n').slice(0, MAX_STACK_LINES).join('\n');
    return detail;
  }
  let message: string;
  try {
    message = typeof reason === 'string' ? reason : (JSON.stringify(reason) ?? String(reason));
  } catch {
    message = String(reason);
  }
  return { name: typeof reason, message: message.slice(0, 2000) };
}

/**
 * Chromium's "aborted" (-3) is a load replaced by another (a reload, a new URL): normal, not a
 * failure worth a line. Every other code is.
 */
export function isReportableLoadFailure(errorCode: number): boolean {
  return errorCode !== -3;
}
