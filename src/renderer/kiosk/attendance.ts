/**
 * Whether a visitor has the kiosk. The first touch, key or wheel of a visitor takes the
 * show over (autoplay pauses); each further input restarts the quiet period; in its last
 * `warnMs` the visitor is warned (a countdown any input cancels, keeping their place);
 * after `idleMs` of quiet the show is handed back.
 */
export interface AttendanceOptions {
  idleMs: number;
  /** How long before the hand-back the visitor is warned; 0: no warning. */
  warnMs?: number;
  /** A visitor took over. */
  onVisitor: () => void;
  /** The hand-back is `leftMs` away: warn the visitor. */
  onWarn?: (leftMs: number) => void;
  /** An input came while warned: the visitor stays. */
  onStay?: () => void;
  /** The visitor has been quiet for idleMs: the show is unattended again. */
  onIdle: () => void;
}

export class Attendance {
  readonly #options: AttendanceOptions;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #warnTimer: ReturnType<typeof setTimeout> | undefined;
  #visiting = false;
  #warned = false;

  constructor(options: AttendanceOptions) {
    this.#options = options;
  }

  get visiting(): boolean {
    return this.#visiting;
  }

  get warned(): boolean {
    return this.#warned;
  }

  /** A visitor did something. Returns true when this input is the one that took over. */
  acted(): boolean {
    const tookOver = !this.#visiting;
    this.#visiting = true;
    this.#clearTimers();
    const { idleMs, warnMs = 0 } = this.#options;
    // A warning as long as the idle time would warn at the first touch: it is shortened to leave a quiet moment first.
    const warnFor = Math.min(warnMs, idleMs / 2);
    if (warnFor > 0) this.#warnTimer = setTimeout(() => this.#warn(warnFor), idleMs - warnFor);
    this.#idleTimer = setTimeout(() => this.#handBack(), idleMs);
    if (tookOver) this.#options.onVisitor();
    else if (this.#warned) {
      this.#warned = false;
      this.#options.onStay?.();
    }
    return tookOver;
  }

  dispose(): void {
    this.#clearTimers();
  }

  /** Nobody is visiting any more (the venue closed): no warning, no return. */
  reset(): void {
    this.#clearTimers();
    this.#visiting = false;
    this.#warned = false;
  }

  #clearTimers(): void {
    clearTimeout(this.#idleTimer);
    clearTimeout(this.#warnTimer);
    this.#idleTimer = undefined;
    this.#warnTimer = undefined;
  }

  #warn(leftMs: number): void {
    this.#warnTimer = undefined;
    this.#warned = true;
    this.#options.onWarn?.(leftMs);
  }

  #handBack(): void {
    this.#idleTimer = undefined;
    this.#visiting = false;
    this.#warned = false;
    this.#options.onIdle();
  }
}
