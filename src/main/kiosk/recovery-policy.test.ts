import { describe, expect, it } from 'vitest';
import {
  decideRecovery,
  FAILURE_WINDOW_MS,
  GIVE_UP_RELOAD_DELAY_MS,
  MAX_RELAUNCHES_IN_WINDOW,
  MAX_RELOADS_IN_WINDOW,
  readRelaunchHistory,
  recentFailures,
  relaunchArgs,
  RELAUNCH_WINDOW_MS,
  RELOAD_DELAY_MS,
} from './recovery-policy';

const MINUTE = 60_000;
const T = 1_750_000_000_000;
const none = { count: 0, since: null };

describe('recovery policy', () => {
  it('states its numbers: 3 reloads in 5 minutes, 3 relaunches in 30, then once a minute', () => {
    expect([MAX_RELOADS_IN_WINDOW, FAILURE_WINDOW_MS, MAX_RELAUNCHES_IN_WINDOW, RELAUNCH_WINDOW_MS, GIVE_UP_RELOAD_DELAY_MS]).toEqual([3, 5 * MINUTE, 3, 30 * MINUTE, MINUTE]);
    expect(RELOAD_DELAY_MS).toBeLessThan(2000);
  });

  it('reloads for the first three failures within five minutes', () => {
    expect(decideRecovery([T], T, none)).toMatchObject({ action: 'reload', delayMs: RELOAD_DELAY_MS });
    expect(decideRecovery([T, T + MINUTE], T + MINUTE, none)).toMatchObject({ action: 'reload' });
    expect(decideRecovery([T, T + MINUTE, T + 2 * MINUTE], T + 2 * MINUTE, none)).toMatchObject({ action: 'reload', reason: 'failure 3 in 5 minutes' });
  });

  it('relaunches at the fourth failure within five minutes, starting a series', () => {
    const failures = [T, T + MINUTE, T + 2 * MINUTE, T + 3 * MINUTE];
    expect(decideRecovery(failures, T + 3 * MINUTE, none)).toEqual({
      action: 'relaunch',
      next: { count: 1, since: T + 3 * MINUTE },
      reason: '4 failures in 5 minutes: relaunch 1 of 3',
    });
  });

  it('forgets failures older than five minutes', () => {
    const failures = [T, T + MINUTE, T + 2 * MINUTE, T + 6 * MINUTE];
    expect(decideRecovery(failures, T + 6 * MINUTE, none)).toMatchObject({ action: 'reload', reason: 'failure 2 in 5 minutes' });
    expect(recentFailures(failures, T + 6 * MINUTE)).toEqual([T + 2 * MINUTE, T + 6 * MINUTE]);
  });

  it('counts relaunches on within a series, keeping when it began', () => {
    const now = T + 10 * MINUTE;
    const failures = [now - 3, now - 2, now - 1, now];
    expect(decideRecovery(failures, now, { count: 1, since: T })).toMatchObject({ action: 'relaunch', next: { count: 2, since: T } });
    expect(decideRecovery(failures, now, { count: 2, since: T })).toMatchObject({ action: 'relaunch', next: { count: 3, since: T } });
  });

  it('gives up relaunching after three relaunches within thirty minutes, and reloads once a minute instead', () => {
    const now = T + 29 * MINUTE;
    const failures = [now - 3, now - 2, now - 1, now];
    expect(decideRecovery(failures, now, { count: 3, since: T })).toEqual({
      action: 'give-up',
      delayMs: GIVE_UP_RELOAD_DELAY_MS,
      reason: '4 failures in 5 minutes after 3 relaunches in 30 minutes: reloading once a minute',
    });
  });

  it('never quits: given up, a calmer spell reloads promptly again', () => {
    const now = T + 29 * MINUTE;
    expect(decideRecovery([now - 4 * MINUTE, now], now, { count: 3, since: T })).toMatchObject({ action: 'reload', delayMs: RELOAD_DELAY_MS });
  });

  it('starts a new series of relaunches once the last began more than thirty minutes ago', () => {
    const now = T + 31 * MINUTE;
    const failures = [now - 3, now - 2, now - 1, now];
    expect(decideRecovery(failures, now, { count: 3, since: T })).toMatchObject({ action: 'relaunch', next: { count: 1, since: now } });
  });

  it('does not trust a series from the future (a clock set back)', () => {
    const failures = [T - 3, T - 2, T - 1, T];
    expect(decideRecovery(failures, T, { count: 3, since: T + 10 * MINUTE })).toMatchObject({ action: 'relaunch', next: { count: 1, since: T } });
  });
});

describe('relaunch arguments', () => {
  it('reads the history the previous run passed on', () => {
    expect(readRelaunchHistory(['.', '--kiosk', `--kiosk-relaunch-count=2`, `--kiosk-relaunch-since=${T}`])).toEqual({ count: 2, since: T });
  });

  it.each([
    [['.', '--kiosk']],
    [['--kiosk-relaunch-count=2']],
    [['--kiosk-relaunch-count=two', `--kiosk-relaunch-since=${T}`]],
    [['--kiosk-relaunch-count=-1', `--kiosk-relaunch-since=${T}`]],
  ])('reads no history from %j', (argv) => {
    expect(readRelaunchHistory(argv)).toEqual({ count: 0, since: null });
  });

  it('passes on the same arguments with the history replaced, once', () => {
    const argv = ['.', '--kiosk', '--idle', '90', '--kiosk-relaunch-count=1', `--kiosk-relaunch-since=${T}`];
    const next = relaunchArgs(argv, { count: 2, since: T });
    expect(next).toEqual(['.', '--kiosk', '--idle', '90', '--kiosk-relaunch-count=2', `--kiosk-relaunch-since=${T}`]);
    expect(readRelaunchHistory(next)).toEqual({ count: 2, since: T });
  });
});
