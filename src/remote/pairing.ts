/**
 * Pairing a phone: a one-time token (144 random bits) shown as a QR code and a short URL; the
 * phone that redeems it first gets a session (another 144 random bits, kept in an HttpOnly
 * cookie) for reconnecting, and the token is spent. A new pairing revokes the old token and
 * every session made from it, so only the phone paired last can drive the show. A token not
 * redeemed in PAIRING_TOKEN_MS lapses. Secrets are compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 18 bytes: 144 bits, 24 characters of base64url. */
const SECRET_BYTES = 18;
/** How long a pairing code may wait for its phone. */
export const PAIRING_TOKEN_MS = 10 * 60_000;

export function newSecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

/** Equal texts, in a time that does not depend on where they differ. */
export function secretsEqual(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export interface Pairing {
  token: string;
  /** When the token lapses unless redeemed (ms since the epoch). */
  expiresAt: number;
}

export class Pairings {
  #token: { value: string; expiresAt: number } | null = null;
  #sessions = new Set<string>();
  /** Each pairing's number: a session made from an older one is revoked. */
  #generation = 0;

  constructor(private readonly now: () => number = Date.now) {}

  get generation(): number {
    return this.#generation;
  }

  /** A new token; the old token and every session are revoked. */
  pair(): Pairing {
    this.#generation++;
    this.#sessions.clear();
    this.#token = { value: newSecret(), expiresAt: this.now() + PAIRING_TOKEN_MS };
    return { token: this.#token.value, expiresAt: this.#token.expiresAt };
  }

  /** True while a token waits for its phone: made, not yet spent, not lapsed. */
  get waiting(): boolean {
    return this.#token !== null && this.now() <= this.#token.expiresAt;
  }

  /** The session for a valid, unspent, unexpired token (spending it); null for anything else. */
  redeem(token: string): string | null {
    const current = this.#token;
    if (!current || token.length > 100 || !secretsEqual(token, current.value)) return null;
    this.#token = null;
    if (this.now() > current.expiresAt) return null;
    const session = newSecret();
    this.#sessions.add(session);
    return session;
  }

  isSession(secret: string | undefined): boolean {
    if (!secret || secret.length > 100) return false;
    let found = false;
    // Every session compared, so the time taken says nothing about which matched.
    for (const session of this.#sessions) if (secretsEqual(secret, session)) found = true;
    return found;
  }

  /** Ends everything: no token, no session (the show closed). */
  revokeAll(): void {
    this.#generation++;
    this.#token = null;
    this.#sessions.clear();
  }
}
