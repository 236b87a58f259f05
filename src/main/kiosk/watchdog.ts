/**
 * Notices a hung renderer: in kiosk mode the page sends a heartbeat every second, and
 * silence for `hangAfterMs` is a hang. After a hang (or whenever the page is being loaded
 * afresh: start()) it waits for the new page's first heartbeat, allowing a slow boot up
 * to `bootTimeoutMs` before calling that a hang too. Timers are injected, so tests drive
 * it with fake time.
 */

/** How often the renderer beats (src/renderer, kiosk mode). */
export const HEARTBEAT_INTERVAL_MS = 1000;
/** Five missed beats: a hang, not a busy frame. */
export const DEFAULT_HANG_AFTER_MS = 5000;
/** A page loading afresh (fonts, deck, first layout) gets this long for its first beat. */
export const DEFAULT_BOOT_TIMEOUT_MS = 15_000;

export interface WatchdogTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface HangReport {
  /** 'running': a live page fell silent; 'booting': a loading page never beat. */
  phase: 'running' | 'booting';
  /** Milliseconds since the last heartbeat, or since the page started loading. */
  silentMs: number;
}

export interface WatchdogOptions {
  onHang(report: HangReport): void;
  /** The first heartbeat after start() or a hang: the page is up. */
  onAlive?(report: { bootMs: number }): void;
  hangAfterMs?: number;
  bootTimeoutMs?: number;
  timers?: WatchdogTimers;
}

/** The real clock, looked up on each call so that fake timers installed later apply. */
const systemTimers: WatchdogTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export type WatchdogState = 'stopped' | 'booting' | 'running';

export class Watchdog {
  readonly #hangAfterMs: number;
  readonly #bootTimeoutMs: number;
  readonly #timers: WatchdogTimers;
  #state: WatchdogState = 'stopped';
  #timer: unknown = null;
  /** When the last beat came, or when booting began. */
  #since = 0;

  constructor(private readonly options: WatchdogOptions) {
    this.#hangAfterMs = options.hangAfterMs ?? DEFAULT_HANG_AFTER_MS;
    this.#bootTimeoutMs = options.bootTimeoutMs ?? DEFAULT_BOOT_TIMEOUT_MS;
    this.#timers = options.timers ?? systemTimers;
  }

  get state(): WatchdogState {
    return this.#state;
  }

  /** A page is loading: wait for its first heartbeat (up to bootTimeoutMs). */
  start(): void {
    this.#boot();
  }

  heartbeat(): void {
    if (this.#state === 'stopped') return;
    const booted = this.#state === 'booting';
    const now = this.#timers.now();
    const bootMs = now - this.#since;
    this.#state = 'running';
    this.#since = now;
    this.#arm(this.#hangAfterMs);
    if (booted) this.options.onAlive?.({ bootMs });
  }

  /** Stops watching (the kiosk is exiting, or a recovery is on its way). Beats are ignored until start(). */
  stop(): void {
    this.#clear();
    this.#state = 'stopped';
  }

  #boot(): void {
    this.#state = 'booting';
    this.#since = this.#timers.now();
    this.#arm(this.#bootTimeoutMs);
  }

  #expire(): void {
    this.#timer = null;
    const report: HangReport = { phase: this.#state === 'running' ? 'running' : 'booting', silentMs: this.#timers.now() - this.#since };
    // Wait for the reload's first beat; onHang may stop() or start() us again.
    this.#boot();
    this.options.onHang(report);
  }

  #arm(ms: number): void {
    this.#clear();
    this.#timer = this.#timers.setTimeout(() => this.#expire(), ms);
  }

  #clear(): void {
    if (this.#timer !== null) this.#timers.clearTimeout(this.#timer);
    this.#timer = null;
  }
}
