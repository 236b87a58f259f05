/**
 * The relay's rate limits, pure and on an injected clock so they are tested without waiting:
 * a token bucket per connection (a speaker's fastest taps pass, a flood does not) and a
 * count per address over a sliding minute (pairing attempts, refused connections).
 */

/** Up to `capacity` at once, refilled at `perSecond`; each `take` spends one. */
export class TokenBucket {
  #tokens: number;
  #at: number;

  constructor(
    readonly capacity: number,
    readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {
    this.#tokens = capacity;
    this.#at = now();
  }

  /** True when one was left (and is now spent); false: over the limit, nothing spent. */
  take(): boolean {
    const now = this.now();
    this.#tokens = Math.min(this.capacity, this.#tokens + ((now - this.#at) / 1000) * this.perSecond);
    this.#at = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}

/** At most `limit` events per key within `windowMs`; keys forgotten once quiet, so memory stays bounded. */
export class WindowCounter {
  readonly #events = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
    /** The most keys remembered at once: beyond it, the oldest are forgotten (an attacker with many addresses meets the global limit instead). */
    readonly maxKeys = 1000,
  ) {}

  /** Counts one event for `key`; true while within the limit. */
  allow(key: string): boolean {
    const now = this.now();
    const recent = (this.#events.get(key) ?? []).filter((at) => now - at < this.windowMs);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(now);
    this.#events.delete(key);
    this.#events.set(key, recent);
    if (this.#events.size > this.maxKeys) this.#events.delete(this.#events.keys().next().value!);
    return allowed;
  }
}
