import { describe, expect, it } from 'vitest';
import { DEATH_WINDOW_MS, MAX_DEATHS_IN_WINDOW, RendererReloadPolicy } from './renderer-reload';

describe('RendererReloadPolicy', () => {
  it('reloads a first crash at once, then pauses 1, 2, 4 … seconds, then asks', () => {
    const policy = new RendererReloadPolicy();
    const delays = [0, 1, 2, 3, 4, 5].map((i) => policy.decide('crashed', i * 100));
    expect(delays).toEqual([0, 1000, 2000, 4000, 8000, 16000].map((delayMs) => ({ action: 'reload', delayMs })));
  });

  it('asks the speaker after more than six deaths in five minutes, and starts afresh when told to try again', () => {
    const policy = new RendererReloadPolicy();
    for (let i = 0; i < MAX_DEATHS_IN_WINDOW; i += 1) expect(policy.decide('killed', i).action).toBe('reload');
    const stop = policy.decide('abnormal-exit', 10);
    expect(stop).toEqual({ action: 'stop', message: 'The show’s display stopped 7 times in 5 minutes (last: abnormal-exit).' });
    policy.reset();
    expect(policy.decide('crashed', 20)).toEqual({ action: 'reload', delayMs: 0 });
  });

  it('forgets deaths older than five minutes', () => {
    const policy = new RendererReloadPolicy();
    policy.decide('crashed', 0);
    policy.decide('crashed', 1);
    expect(policy.decide('crashed', DEATH_WINDOW_MS + 2)).toEqual({ action: 'reload', delayMs: 0 });
  });

  it('retries a process that could not start once, then says so: a reload cannot mend it', () => {
    const policy = new RendererReloadPolicy();
    expect(policy.decide('launch-failed', 0)).toEqual({ action: 'reload', delayMs: 1000 });
    expect(policy.decide('launch-failed', 5000)).toMatchObject({ action: 'stop', message: expect.stringContaining('could not start') });
  });

  it('tells the speaker to reinstall when the app’s files fail their integrity check', () => {
    const policy = new RendererReloadPolicy();
    policy.decide('integrity-failure', 0);
    expect(policy.decide('integrity-failure', 10)).toMatchObject({ action: 'stop', message: expect.stringContaining('Reinstall') });
  });
});
