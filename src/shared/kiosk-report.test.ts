import { describe, expect, it } from 'vitest';
import { isPinAttempt, MAX_REPORT_DETAIL, parseKioskReport } from './kiosk-report.ts';

describe('kiosk reports', () => {
  it('accepts each event, with an optional loop number and detail', () => {
    expect(parseKioskReport({ event: 'loop', loop: 3 })).toEqual({ event: 'loop', loop: 3 });
    expect(parseKioskReport({ event: 'visitor' })).toEqual({ event: 'visitor' });
    expect(parseKioskReport({ event: 'idle-return', loop: 0 })).toEqual({ event: 'idle-return', loop: 0 });
    expect(parseKioskReport({ event: 'settings-problem', detail: 'idle must be…' })).toEqual({ event: 'settings-problem', detail: 'idle must be…' });
  });

  it('copies only the known fields', () => {
    const report = parseKioskReport({ event: 'loop', loop: 1, script: 'alert(1)', time: 'forged' });
    expect(report).toEqual({ event: 'loop', loop: 1 });
  });

  it('cuts a long detail', () => {
    const report = parseKioskReport({ event: 'settings-problem', detail: 'x'.repeat(10_000) });
    expect(report!.detail).toHaveLength(MAX_REPORT_DETAIL);
    expect(report!.detail!.endsWith('...')).toBe(true);
  });

  it.each([
    ['not an object', 'loop'],
    ['null', null],
    ['an array', [{ event: 'loop' }]],
    ['an event main logs itself', { event: 'crash' }],
    ['an unknown event', { event: 'exit' }],
    ['a negative loop', { event: 'loop', loop: -1 }],
    ['a fractional loop', { event: 'loop', loop: 1.5 }],
    ['a loop as text', { event: 'loop', loop: '2' }],
    ['a detail that is not text', { event: 'visitor', detail: { nested: true } }],
  ])('refuses %s', (_what, data) => {
    expect(parseKioskReport(data)).toBeNull();
  });

  it('lets a PIN attempt cross only as null or short text', () => {
    expect(isPinAttempt(null)).toBe(true);
    expect(isPinAttempt('2468')).toBe(true);
    expect(isPinAttempt('')).toBe(true);
    expect(isPinAttempt(2468)).toBe(false);
    expect(isPinAttempt(undefined)).toBe(false);
    expect(isPinAttempt('1'.repeat(65))).toBe(false);
  });
});
