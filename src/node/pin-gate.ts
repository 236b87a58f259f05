/**
 * The kiosk's PIN, checked in main: the renderer only ever sees `lock`, never the PIN.
 * Compared in constant time, and after a few wrong PINs in a row the gate stays shut for a
 * minute, so a visitor cannot try all 10,000 four-digit PINs at the keyboard in an afternoon.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** Wrong PINs in a row before the gate shuts... */
export const MAX_WRONG_PINS = 5;
/** ...for this long, refusing even the right one. */
export const PIN_LOCKOUT_MS = 60_000;

export type PinVerdict = 'open' | 'wrong' | 'locked';

/** Equal texts, in a time that does not depend on where they differ (digests are of equal length). */
export function pinsEqual(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export class PinGate {
  #wrong = 0;
  #lockedUntil = 0;

  constructor(
    private readonly pin: string | null,
    private readonly now: () => number = Date.now,
  ) {}

  /** With no PIN set, the chord alone opens the gate. A null attempt with a PIN set is refused, and not counted. */
  check(attempt: string | null): PinVerdict {
    if (this.pin === null) return 'open';
    if (this.now() < this.#lockedUntil) return 'locked';
    if (attempt === null) return 'wrong';
    if (pinsEqual(attempt, this.pin)) {
      this.#wrong = 0;
      return 'open';
    }
    this.#wrong++;
    if (this.#wrong >= MAX_WRONG_PINS) {
      this.#wrong = 0;
      this.#lockedUntil = this.now() + PIN_LOCKOUT_MS;
    }
    return 'wrong';
  }
}
