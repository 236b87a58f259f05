/**
 * The talk's elapsed time. It starts when the talk does (the first move forward), can be
 * paused and resumed, and is reset only by a deliberate, confirmed action. Pure over an
 * injected clock, so tests can drive it.
 */
export interface TimerSnapshot {
  banked: number;
  startedAt: number | null;
  started: boolean;
}

export function isTimerSnapshot(value: unknown): value is TimerSnapshot {
  const candidate = value as TimerSnapshot | null;
  return (
    typeof candidate === 'object' && candidate !== null &&
    Number.isFinite(candidate.banked) && candidate.banked >= 0 &&
    (candidate.startedAt === null || Number.isFinite(candidate.startedAt)) &&
    typeof candidate.started === 'boolean'
  );
}

export class TalkTimer {
  #startedAt: number | null = null;
  #banked = 0;
  #started = false;

  /** Wall-clock time by default, so a saved reading stays true across a reload. */
  constructor(private readonly now: () => number = () => Date.now()) {}

  /** What survives a reload of the presenter window. */
  save(): TimerSnapshot {
    return { banked: this.#banked, startedAt: this.#startedAt, started: this.#started };
  }

  restore(snapshot: TimerSnapshot): void {
    this.#banked = snapshot.banked;
    this.#startedAt = snapshot.startedAt;
    this.#started = snapshot.started;
  }

  get started(): boolean {
    return this.#started;
  }

  get running(): boolean {
    return this.#startedAt !== null;
  }

  elapsedMs(): number {
    return this.#banked + (this.#startedAt === null ? 0 : this.now() - this.#startedAt);
  }

  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#startedAt = this.now();
  }

  pause(): void {
    if (this.#startedAt === null) return;
    this.#banked += this.now() - this.#startedAt;
    this.#startedAt = null;
  }

  resume(): void {
    if (!this.#started || this.#startedAt !== null) return;
    this.#startedAt = this.now();
  }

  reset(): void {
    this.#banked = 0;
    this.#startedAt = null;
    this.#started = false;
  }
}
