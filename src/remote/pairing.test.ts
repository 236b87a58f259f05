import { describe, expect, it } from 'vitest';
import { newSecret, PAIRING_TOKEN_MS, Pairings, secretsEqual } from './pairing';

describe('pairing', () => {
  it('makes secrets of 144 random bits, never the same twice', () => {
    const secrets = new Set(Array.from({ length: 1000 }, () => newSecret()));
    expect(secrets.size).toBe(1000);
    for (const secret of secrets) expect(secret).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it('compares secrets whole', () => {
    expect(secretsEqual('abc', 'abc')).toBe(true);
    expect(secretsEqual('abd', 'abc')).toBe(false);
    expect(secretsEqual('ab', 'abc')).toBe(false);
  });

  it('spends a token on its first use: the phone gets a session, a second phone gets nothing', () => {
    const pairings = new Pairings();
    const { token } = pairings.pair();
    const session = pairings.redeem(token);
    expect(session).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(pairings.isSession(session!)).toBe(true);
    expect(pairings.redeem(token)).toBeNull();
  });

  it('waits for its phone until the token is spent or lapses', () => {
    let now = 0;
    const pairings = new Pairings(() => now);
    expect(pairings.waiting).toBe(false);
    const { token } = pairings.pair();
    expect(pairings.waiting).toBe(true);
    pairings.redeem(token);
    expect(pairings.waiting).toBe(false);
    pairings.pair();
    now = PAIRING_TOKEN_MS + 1;
    expect(pairings.waiting).toBe(false);
  });

  it('refuses a wrong token without spending the right one', () => {
    const pairings = new Pairings();
    const { token } = pairings.pair();
    expect(pairings.redeem(`${token.slice(0, -1)}x`)).toBeNull();
    expect(pairings.redeem('')).toBeNull();
    expect(pairings.redeem('x'.repeat(5000))).toBeNull();
    expect(pairings.redeem(token)).not.toBeNull();
  });

  it('revokes the old token and its session when a new pairing is made', () => {
    const pairings = new Pairings();
    const old = pairings.pair().token;
    const session = pairings.redeem(old)!;
    const second = pairings.pair().token;
    expect(pairings.isSession(session)).toBe(false);
    expect(pairings.redeem(old)).toBeNull();
    expect(pairings.redeem(second)).not.toBeNull();
  });

  it('lets a token lapse after its lifetime', () => {
    let now = 0;
    const pairings = new Pairings(() => now);
    const { token, expiresAt } = pairings.pair();
    expect(expiresAt).toBe(PAIRING_TOKEN_MS);
    now = PAIRING_TOKEN_MS + 1;
    expect(pairings.redeem(token)).toBeNull();
  });

  it('ends everything when the show stops', () => {
    const pairings = new Pairings();
    const session = pairings.redeem(pairings.pair().token)!;
    pairings.revokeAll();
    expect(pairings.isSession(session)).toBe(false);
    expect(pairings.isSession(undefined)).toBe(false);
  });
});
