import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpeningSchedule } from '../../shared/opening-hours';
import { loadSchedule, watchOpening } from './opening-watch';

describe('following the opening hours in the page', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date(2026, 11, 7, 8, 59) }));
  afterEach(() => vi.useRealTimers());

  /** Open from 09:00 to 09:03 on this day only. */
  const schedule: OpeningSchedule = {
    isOpen: (at) => at >= new Date(2026, 11, 7, 9) && at < new Date(2026, 11, 7, 9, 3),
    nextChange: (at) => (at < new Date(2026, 11, 7, 9) ? new Date(2026, 11, 7, 9) : at < new Date(2026, 11, 7, 9, 3) ? new Date(2026, 11, 7, 9, 3) : null),
  };

  it('says the state at once, then at the opening and the closing to the second, and nothing between', () => {
    const changes: string[] = [];
    const stop = watchOpening(schedule, (open, next) => changes.push(`${open ? 'open' : 'closed'} until ${next?.toTimeString().slice(0, 5) ?? 'never'}`));
    expect(changes).toEqual(['closed until 09:00']);
    vi.advanceTimersByTime(59_999);
    expect(changes).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(changes).toEqual(['closed until 09:00', 'open until 09:03']);
    vi.advanceTimersByTime(3 * 60_000);
    expect(changes).toEqual(['closed until 09:00', 'open until 09:03', 'closed until never']);
    stop();
    vi.advanceTimersByTime(24 * 3600_000);
    expect(changes).toHaveLength(3);
  });

  it('loads no schedule without hours, and reports hours it cannot read', async () => {
    const problems: string[] = [];
    await expect(loadSchedule(null, (problem) => problems.push(problem))).resolves.toBeNull();
    await expect(loadSchedule('Mo-Fx 09:00-18:00', (problem) => problems.push(problem))).resolves.toBeNull();
    expect(problems).toEqual([expect.stringMatching(/^hours must be .*, not "Mo-Fx 09:00-18:00" \(at character 5: .+\); always open$/)]);
    expect(await loadSchedule('Mo-Fr 09:00-18:00', () => {})).not.toBeNull();
  });
});
