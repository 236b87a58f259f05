/**
 * The window state on disk: <userData>/window-state.json, read and checked once at start
 * (window-state.ts), written atomically (a temporary file renamed over it) a moment after
 * the windows stop moving, and at quit. A corrupt file is reported and replaced by the
 * defaults at once; a file that cannot be written is reported once, and the show goes on.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../node/write-atomic';
import { DEFAULT_WINDOW_STATE, parseWindowState, serializeWindowState, WINDOW_STATE_FILE, type WindowState, type WindowStateRead } from './window-state';

/** A state file is a few hundred bytes; anything this big is not one, and is not read. */
export const MAX_WINDOW_STATE_BYTES = 64 * 1024;
/** Moves and resizes come in bursts: write once they have stopped for this long. */
export const SAVE_DELAY_MS = 500;

export function windowStatePath(userData: string): string {
  return join(userData, WINDOW_STATE_FILE);
}

/** The state in `file`; a missing file is the defaults with nothing to report. Problems name the file. */
export function readWindowState(file: string): WindowStateRead & { found: boolean } {
  let text: string;
  try {
    if (statSync(file).size > MAX_WINDOW_STATE_BYTES) {
      return { state: { ...DEFAULT_WINDOW_STATE }, problems: [`${file}: over ${MAX_WINDOW_STATE_BYTES / 1024} KB, so not a window state file; using the defaults`], found: true };
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: { ...DEFAULT_WINDOW_STATE }, problems: [], found: false };
    return { state: { ...DEFAULT_WINDOW_STATE }, problems: [`${file}: cannot be read (${(error as Error).message}); using the defaults`], found: true };
  }
  const read = parseWindowState(text);
  return { state: read.state, problems: read.problems.map((problem) => `${file}: ${problem}`), found: true };
}

export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomic(file, Buffer.from(serializeWindowState(state), 'utf8'));
}

export interface WindowStateStoreOptions {
  /** Told each problem once: a corrupt file on load, a failed write. */
  report?: (problem: string) => void;
  delayMs?: number;
}

/** The state in memory, loaded once, saved after changes settle and on flush(). */
export class WindowStateStore {
  #state: WindowState;
  #timer: NodeJS.Timeout | null = null;
  #writeFailed = false;
  readonly #report: (problem: string) => void;
  readonly #delayMs: number;

  constructor(
    readonly file: string,
    options: WindowStateStoreOptions = {},
  ) {
    this.#report = options.report ?? ((problem) => console.warn(`window state: ${problem}`));
    this.#delayMs = options.delayMs ?? SAVE_DELAY_MS;
    const read = readWindowState(file);
    this.#state = read.state;
    for (const problem of read.problems) this.#report(problem);
    // A corrupt file is replaced now, so the next start reads a good one even if this one ends badly.
    if (read.problems.length > 0) this.#write();
  }

  get state(): WindowState {
    return this.#state;
  }

  /** Takes in a change and saves it once changes stop coming. */
  update(change: Partial<WindowState>): void {
    this.#state = { ...this.#state, ...change };
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#delayMs);
  }

  /** Saves now, if anything is waiting (quit, relaunch). */
  flush(): void {
    if (!this.#timer) return;
    clearTimeout(this.#timer);
    this.#timer = null;
    this.#write();
  }

  #write(): void {
    try {
      writeWindowState(this.file, this.#state);
      this.#writeFailed = false;
    } catch (error) {
      if (this.#writeFailed) return;
      this.#writeFailed = true;
      this.#report(`${this.file}: cannot be written (${(error as Error).message}); the windows will not be remembered`);
    }
  }
}
