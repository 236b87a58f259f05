import { describe, expect, it } from 'vitest';
import { MAX_WRONG_PINS, PIN_LOCKOUT_MS, PinGate, pinsEqual } from './pin-gate';

describe('PIN gate', () => {
  it('opens for the chord alone when no PIN is set', () => {
    const gate = new PinGate(null);
    expect(gate.check(null)).toBe('open');
    expect(gate.check('1234')).toBe('open');
  });

  it('opens for the right PIN only', () => {
    const gate = new PinGate('2468');
    expect(gate.check('2468')).toBe('open');
    expect(gate.check('2469')).toBe('wrong');
    expect(gate.check('246')).toBe('wrong');
    expect(gate.check('24680')).toBe('wrong');
    expect(gate.check('')).toBe('wrong');
    expect(gate.check(null)).toBe('wrong');
  });

  it('shuts for a minute after five wrong PINs in a row, refusing even the right one', () => {
    let now = 1_000_000;
    const gate = new PinGate('2468', () => now);
    for (let attempt = 1; attempt < MAX_WRONG_PINS; attempt++) expect(gate.check('0000')).toBe('wrong');
    expect(gate.check('0000')).toBe('wrong');
    expect(gate.check('2468')).toBe('locked');
    now += PIN_LOCKOUT_MS - 1;
    expect(gate.check('2468')).toBe('locked');
    now += 1;
    expect(gate.check('2468')).toBe('open');
  });

  it('forgets wrong PINs once the right one is typed', () => {
    const gate = new PinGate('2468', () => 0);
    for (let attempt = 1; attempt < MAX_WRONG_PINS; attempt++) gate.check('0000');
    expect(gate.check('2468')).toBe('open');
    for (let attempt = 1; attempt < MAX_WRONG_PINS; attempt++) expect(gate.check('0000')).toBe('wrong');
    expect(gate.check('2468')).toBe('open');
  });

  it('does not count a missing PIN towards the lock', () => {
    const gate = new PinGate('2468', () => 0);
    for (let attempt = 0; attempt < MAX_WRONG_PINS * 2; attempt++) gate.check(null);
    expect(gate.check('2468')).toBe('open');
  });

  it('compares texts of any lengths', () => {
    expect(pinsEqual('2468', '2468')).toBe(true);
    expect(pinsEqual('2468', '24680')).toBe(false);
    expect(pinsEqual('', '2468')).toBe(false);
  });
});
