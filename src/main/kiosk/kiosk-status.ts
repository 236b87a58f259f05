/**
 * The kiosk's health report for staff: <userData>/kiosk-status.json, rewritten whole every
 * minute (atomically, so a reader never sees half a file, and a damaged file from before is
 * simply replaced), from what the kiosk log records. Staff read it over a shared folder or a
 * remote desktop; kiosk-status.png beside it is the audience window as last captured.
 */
import { join } from 'node:path';
import { writeFileAtomic } from '../../node/write-atomic';
import type { KioskLogEvent } from './kiosk-log';

export const KIOSK_STATUS_FILE = 'kiosk-status.json';
export const KIOSK_SCREENSHOT_FILE = 'kiosk-status.png';
export const STATUS_EVERY_MS = 60_000;

export function kioskStatusPath(userData: string): string {
  return join(userData, KIOSK_STATUS_FILE);
}

const ERRORS = new Set<KioskLogEvent>(['crash', 'hang', 'gpu-lost', 'give-up']);

export interface KioskStatus {
  version: string;
  started: string;
  /** When this file was written. */
  updated: string;
  uptimeSeconds: number;
  loopsPlayed: number;
  /** The last input of a visitor as main learns it: a take-over, or the input before an idle return. */
  lastVisitorInput: string | null;
  recoveries: number;
  relaunches: number;
  lastError: { time: string; event: string; reason?: unknown } | null;
  /** Open by the opening hours (always, when none are set). */
  open: boolean;
  /** The next opening or closing, or null (no hours, or none ahead). */
  nextChange: string | null;
  /** The last screenshot of the audience window, or null. */
  screenshot: { file: string; time: string } | null;
}

/** What the kiosk log has said since the start, in the figures of the health report. */
export class KioskStatusBook {
  #loops = 0;
  #recoveries = 0;
  #lastVisitor: Date | null = null;
  #lastError: KioskStatus['lastError'] = null;
  #screenshot: KioskStatus['screenshot'] = null;

  constructor(
    readonly version: string,
    readonly started: Date,
    readonly relaunches: number,
    readonly idleSeconds: number,
  ) {}

  /** One kiosk log entry, at `at`. */
  note(event: KioskLogEvent, details: Record<string, unknown>, at: Date): void {
    if (event === 'loop') this.#loops++;
    else if (event === 'recovered') this.#recoveries++;
    else if (event === 'visitor') this.#lastVisitor = at;
    // The return comes idleSeconds after the visitor's last input.
    else if (event === 'idle-return') this.#lastVisitor = new Date(at.getTime() - this.idleSeconds * 1000);
    else if (ERRORS.has(event)) this.#lastError = { time: at.toISOString(), event, reason: details.reason ?? details.phase };
  }

  screenshotTaken(file: string, at: Date): void {
    this.#screenshot = { file, time: at.toISOString() };
  }

  status(now: Date, hours: { open: boolean; nextChange: Date | null }): KioskStatus {
    return {
      version: this.version,
      started: this.started.toISOString(),
      updated: now.toISOString(),
      uptimeSeconds: Math.round((now.getTime() - this.started.getTime()) / 1000),
      loopsPlayed: this.#loops,
      lastVisitorInput: this.#lastVisitor?.toISOString() ?? null,
      recoveries: this.#recoveries,
      relaunches: this.relaunches,
      lastError: this.#lastError,
      open: hours.open,
      nextChange: hours.nextChange?.toISOString() ?? null,
      screenshot: this.#screenshot,
    };
  }
}

/** Writes the report; a report that cannot be written is said once on the console, and the show goes on. */
export function writeKioskStatus(path: string, status: KioskStatus, onFailure: (message: string) => void = console.error): boolean {
  try {
    writeFileAtomic(path, new TextEncoder().encode(`${JSON.stringify(status, null, 2)}\n`));
    return true;
  } catch (error) {
    onFailure(`kiosk: the health report was not written (${(error as Error).message}); the kiosk goes on without it`);
    return false;
  }
}
