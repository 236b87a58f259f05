/**
 * The kiosk log: what an exhibition's staff read the morning after. One JSON object per
 * line ({time, event, ...detail}), appended to <userData>/kiosk-log.jsonl and rotated so it
 * can never fill the disk: when a line would take the file past maxBytes, the file becomes
 * .1, .1 becomes .2 and so on, and the oldest beyond `keep` is deleted. At most
 * (keep + 1) x maxBytes on disk. Writing never throws into the show: a failure is said
 * once on the console and the kiosk goes on.
 */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const KIOSK_LOG_EVENTS = [
  'start',
  'settings-problem',
  'loop',
  'visitor',
  'idle-return',
  'crash',
  'hang',
  'gpu-lost',
  'recovered',
  'relaunch',
  'give-up',
  'exit',
] as const;

export type KioskLogEvent = (typeof KIOSK_LOG_EVENTS)[number];

export const KIOSK_LOG_FILE = 'kiosk-log.jsonl';
/** A file is rotated before it passes 1 MiB: tens of thousands of entries, weeks of an exhibition. */
export const DEFAULT_LOG_MAX_BYTES = 1024 * 1024;
/** Rotated files kept beside the current one. */
export const DEFAULT_LOG_KEEP = 3;

export interface KioskLogOptions {
  maxBytes?: number;
  keep?: number;
  now?: () => Date;
}

export function kioskLogPath(userData: string): string {
  return join(userData, KIOSK_LOG_FILE);
}

export class KioskLog {
  readonly #maxBytes: number;
  readonly #keep: number;
  readonly #now: () => Date;
  #size: number | null = null;
  #failed = false;

  constructor(
    readonly file: string,
    options: KioskLogOptions = {},
  ) {
    this.#maxBytes = Math.max(256, options.maxBytes ?? DEFAULT_LOG_MAX_BYTES);
    this.#keep = Math.max(0, Math.floor(options.keep ?? DEFAULT_LOG_KEEP));
    this.#now = options.now ?? (() => new Date());
  }

  /** Appends one entry. `detail` cannot overwrite the time or the event. */
  write(event: KioskLogEvent, detail: Record<string, unknown> = {}): void {
    try {
      const time = this.#now().toISOString();
      const entry: Record<string, unknown> = { time, event };
      for (const [key, value] of Object.entries(detail)) if (key !== 'time' && key !== 'event') entry[key] = value;
      let line = `${JSON.stringify(entry)}\n`;
      // A line never outgrows a file, so the bound on the total holds whatever the detail.
      if (Buffer.byteLength(line) > this.#maxBytes) line = `${JSON.stringify({ time, event, truncated: true })}\n`;
      const bytes = Buffer.byteLength(line);
      const size = this.#currentSize();
      if (size > 0 && size + bytes > this.#maxBytes) this.#rotate();
      appendFileSync(this.file, line);
      this.#size = (this.#size ?? 0) + bytes;
    } catch (error) {
      this.#size = null;
      if (!this.#failed) {
        this.#failed = true;
        console.error(`kiosk log: cannot write ${this.file} (${(error as Error).message}); the kiosk goes on without it`);
      }
    }
  }

  /** The files, newest first, as they stand: the current one, then .1, .2, … */
  files(): string[] {
    return [this.file, ...Array.from({ length: this.#keep }, (_, index) => `${this.file}.${index + 1}`)];
  }

  #currentSize(): number {
    if (this.#size !== null) return this.#size;
    try {
      this.#size = statSync(this.file).size;
    } catch {
      mkdirSync(dirname(this.file), { recursive: true });
      this.#size = 0;
    }
    return this.#size;
  }

  #rotate(): void {
    const files = this.files();
    rmSync(files[files.length - 1]!, { force: true });
    for (let index = files.length - 2; index >= 0; index--) {
      try {
        renameSync(files[index]!, files[index + 1]!);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    this.#size = 0;
  }
}
