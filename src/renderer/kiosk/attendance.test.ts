import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Attendance } from './attendance';

describe('kiosk attendance', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const rig = () => {
    const events: string[] = [];
    const attendance = new Attendance({ idleMs: 60_000, onVisitor: () => events.push('visitor'), onIdle: () => events.push('idle') });
    return { attendance, events };
  };

  it('the first input takes over; later ones do not take over again', () => {
    const { attendance, events } = rig();
    expect(attendance.acted()).toBe(true);
    expect(attendance.acted()).toBe(false);
    expect(attendance.visiting).toBe(true);
    expect(events).toEqual(['visitor']);
  });

  it('hands the show back after the idle time, counted from the last input', () => {
    const { attendance, events } = rig();
    attendance.acted();
    vi.advanceTimersByTime(50_000);
    attendance.acted();
    vi.advanceTimersByTime(59_999);
    expect(events).toEqual(['visitor']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['visitor', 'idle']);
    expect(attendance.visiting).toBe(false);
    expect(attendance.acted()).toBe(true);
    expect(events).toEqual(['visitor', 'idle', 'visitor']);
  });

  it('does nothing when nobody comes, and nothing after it is disposed', () => {
    const { attendance, events } = rig();
    vi.advanceTimersByTime(600_000);
    expect(events).toEqual([]);
    attendance.acted();
    attendance.dispose();
    vi.advanceTimersByTime(600_000);
    expect(events).toEqual(['visitor']);
  });
});

describe('the warned return', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const rig = (warnMs: number, idleMs = 60_000) => {
    const events: string[] = [];
    const attendance = new Attendance({
      idleMs,
      warnMs,
      onVisitor: () => events.push('visitor'),
      onWarn: (leftMs) => events.push(`warn ${leftMs}`),
      onStay: () => events.push('stay'),
      onIdle: () => events.push('idle'),
    });
    return { attendance, events };
  };

  it('warns exactly warnMs before the hand-back, then hands back', () => {
    const { attendance, events } = rig(15_000);
    attendance.acted();
    vi.advanceTimersByTime(44_999);
    expect(events).toEqual(['visitor']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['visitor', 'warn 15000']);
    expect(attendance.warned).toBe(true);
    vi.advanceTimersByTime(15_000);
    expect(events).toEqual(['visitor', 'warn 15000', 'idle']);
    expect(attendance.warned).toBe(false);
  });

  it('an input while warned keeps the visitor: the warning ends and the quiet period starts again', () => {
    const { attendance, events } = rig(15_000);
    attendance.acted();
    vi.advanceTimersByTime(50_000);
    attendance.acted();
    expect(events).toEqual(['visitor', 'warn 15000', 'stay']);
    vi.advanceTimersByTime(44_999);
    expect(events).toEqual(['visitor', 'warn 15000', 'stay']);
    vi.advanceTimersByTime(15_001);
    expect(events).toEqual(['visitor', 'warn 15000', 'stay', 'warn 15000', 'idle']);
  });

  it('no warning at 0, and never longer than half the idle time', () => {
    const none = rig(0);
    none.attendance.acted();
    vi.advanceTimersByTime(60_000);
    expect(none.events).toEqual(['visitor', 'idle']);
    const short = rig(15_000, 10_000);
    short.attendance.acted();
    vi.advanceTimersByTime(5_000);
    expect(short.events).toEqual(['visitor', 'warn 5000']);
  });
});
