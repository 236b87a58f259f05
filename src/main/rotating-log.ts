/**
 * A JSON-lines log that can never fill the disk, for what staff or a developer read after
 * the fact (the kiosk log, the app's error log). One JSON object per line ({time, event,
 * ...detail}); when a line would take the file past maxBytes, the file becomes .1, .1
 * becomes .2 and so on, and the oldest beyond `keep` is deleted: at most (keep + 1) x
 * maxBytes on disk. Writing never throws into the app: a failure is said once on the
 * console and the app goes on.
 */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** A file is rotated before it passes 1 MiB: tens of thousands of entries. */
export const DEFAULT_LOG_MAX_BYTES = 1024 * 1024;
/** Rotated files kept beside the current one. */
export const DEFAULT_LOG_KEEP = 3;

export interface RotatingLogOptions {
  maxBytes?: number;
  keep?: number;
  now?: () => Date;
  /** Names the log in the one console message about a failure, as in "kiosk log: cannot write …". */
  label?: string;
  /** Ends that message: what happens instead, as in "the kiosk goes on without it". */
  onFailure?: string;
}

export class RotatingLog<Event extends string = string> {
  readonly #maxBytes: number;
  readonly #keep: number;
  readonly #now: () => Date;
  readonly #label: string;
  readonly #onFailure: string;
  #size: number | null = null;
  #failed = false;

  constructor(
    readonly file: string,
    options: RotatingLogOptions = {},
  ) {
    this.#maxBytes = Math.max(256, options.maxBytes ?? DEFAULT_LOG_MAX_BYTES);
    this.#keep = Math.max(0, Math.floor(options.keep ?? DEFAULT_LOG_KEEP));
    this.#now = options.now ?? (() => new Date());
    this.#label = options.label ?? 'log';
    this.#onFailure = options.onFailure ?? 'the app goes on without it';
  }

  /** Appends one entry. `detail` cannot overwrite the time or the event. */
  write(event: Event, detail: Record<string, unknown> = {}): void {
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
        console.error(`${this.#label}: cannot write ${this.file} (${(error as Error).message}); ${this.#onFailure}`);
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
