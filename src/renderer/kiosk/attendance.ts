/**
 * Whether a visitor has the kiosk. The first touch, key or wheel of a visitor takes the
 * show over (autoplay pauses); each further input restarts the quiet period; after
 * `idleMs` of quiet the show is handed back (it returns to the start of the loop).
 */
export interface AttendanceOptions {
  idleMs: number;
  /** A visitor took over. */
  onVisitor: () => void;
  /** The visitor has been quiet for idleMs: the show is unattended again. */
  onIdle: () => void;
}

export class Attendance {
  readonly #options: AttendanceOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #visiting = false;

  constructor(options: AttendanceOptions) {
    this.#options = options;
  }

  get visiting(): boolean {
    return this.#visiting;
  }

  /** A visitor did something. Returns true when this input is the one that took over. */
  acted(): boolean {
    const tookOver = !this.#visiting;
    this.#visiting = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#handBack(), this.#options.idleMs);
    if (tookOver) this.#options.onVisitor();
    return tookOver;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #handBack(): void {
    this.#timer = undefined;
    this.#visiting = false;
    this.#options.onIdle();
  }
}
