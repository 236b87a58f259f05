import { describe, expect, it } from 'vitest';
import { isTimerSnapshot, TalkTimer } from './timer';

describe('talk timer', () => {
  it('counts only once started, and pauses and resumes', () => {
    let now = 1000;
    const timer = new TalkTimer(() => now);
    now += 5000;
    expect(timer.elapsedMs()).toBe(0);
    timer.start();
    now += 3000;
    expect(timer.elapsedMs()).toBe(3000);
    timer.pause();
    now += 60_000;
    expect(timer.elapsedMs()).toBe(3000);
    expect(timer.running).toBe(false);
    timer.resume();
    now += 2000;
    expect(timer.elapsedMs()).toBe(5000);
  });

  it('is not restarted by a second start, and is cleared only by reset', () => {
    let now = 0;
    const timer = new TalkTimer(() => now);
    timer.start();
    now += 4000;
    timer.start();
    expect(timer.elapsedMs()).toBe(4000);
    timer.reset();
    expect(timer.elapsedMs()).toBe(0);
    expect(timer.started).toBe(false);
  });

  it('does not resume a timer that never started', () => {
    let now = 0;
    const timer = new TalkTimer(() => now);
    timer.resume();
    now += 1000;
    expect(timer.elapsedMs()).toBe(0);
  });
});

describe('timer across a reload', () => {
  it('keeps counting from a saved reading', () => {
    let now = 0;
    const first = new TalkTimer(() => now);
    first.start();
    now += 10_000;
    const saved = JSON.parse(JSON.stringify(first.save()));
    expect(isTimerSnapshot(saved)).toBe(true);
    const second = new TalkTimer(() => now);
    second.restore(saved);
    now += 5000;
    expect(second.elapsedMs()).toBe(15_000);
  });

  it('refuses a corrupt saved reading', () => {
    expect(isTimerSnapshot(null)).toBe(false);
    expect(isTimerSnapshot({ banked: -5, startedAt: null, started: true })).toBe(false);
    expect(isTimerSnapshot({ banked: 'a', startedAt: null, started: true })).toBe(false);
  });
});
