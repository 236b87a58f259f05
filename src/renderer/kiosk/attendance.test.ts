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
