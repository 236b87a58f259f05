import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_BOOT_TIMEOUT_MS, DEFAULT_HANG_AFTER_MS, HEARTBEAT_INTERVAL_MS, Watchdog, type WatchdogTimers } from './watchdog';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A watchdog on vitest's fake clock, through injected timers. */
function watchdog(options: { hangAfterMs?: number; bootTimeoutMs?: number } = {}) {
  const onHang = vi.fn();
  const onAlive = vi.fn();
  const timers: WatchdogTimers = {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    now: () => Date.now(),
  };
  const dog = new Watchdog({ onHang, onAlive, timers, ...options });
  return { dog, onHang, onAlive };
}

/** The renderer beating every second for `ms`. */
function beatFor(dog: Watchdog, ms: number): void {
  for (let elapsed = 0; elapsed < ms; elapsed += HEARTBEAT_INTERVAL_MS) {
    vi.advanceTimersByTime(HEARTBEAT_INTERVAL_MS);
    dog.heartbeat();
  }
}

describe('watchdog', () => {
  it('waits 5 s for a hang and 15 s for a page to boot, by default', () => {
    expect([DEFAULT_HANG_AFTER_MS, DEFAULT_BOOT_TIMEOUT_MS, HEARTBEAT_INTERVAL_MS]).toEqual([5000, 15_000, 1000]);
  });

  it('stays quiet while the renderer beats', () => {
    const { dog, onHang, onAlive } = watchdog();
    dog.start();
    vi.advanceTimersByTime(3000);
    dog.heartbeat();
    expect(onAlive).toHaveBeenCalledWith({ bootMs: 3000 });
    beatFor(dog, 10 * 60_000);
    expect(onHang).not.toHaveBeenCalled();
    expect(onAlive).toHaveBeenCalledTimes(1);
    expect(dog.state).toBe('running');
  });

  it('calls a hang after 5 s without a heartbeat, not before', () => {
    const { dog, onHang } = watchdog();
    dog.start();
    beatFor(dog, 5000);
    vi.advanceTimersByTime(DEFAULT_HANG_AFTER_MS - 1);
    expect(onHang).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onHang).toHaveBeenCalledExactlyOnceWith({ phase: 'running', silentMs: 5000 });
  });

  it('after a hang, waits for the reload’s first beat: a slow boot is not a second hang', () => {
    const { dog, onHang, onAlive } = watchdog();
    dog.start();
    beatFor(dog, 2000);
    vi.advanceTimersByTime(DEFAULT_HANG_AFTER_MS);
    expect(onHang).toHaveBeenCalledTimes(1);
    expect(dog.state).toBe('booting');
    vi.advanceTimersByTime(12_000);
    dog.heartbeat();
    expect(onHang).toHaveBeenCalledTimes(1);
    expect(onAlive).toHaveBeenLastCalledWith({ bootMs: 12_000 });
    beatFor(dog, 60_000);
    expect(onHang).toHaveBeenCalledTimes(1);
  });

  it('gives up waiting for a boot after 15 s and calls a hang again', () => {
    const { dog, onHang } = watchdog();
    dog.start();
    beatFor(dog, 1000);
    vi.advanceTimersByTime(DEFAULT_HANG_AFTER_MS);
    vi.advanceTimersByTime(DEFAULT_BOOT_TIMEOUT_MS - 1);
    expect(onHang).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(onHang).toHaveBeenCalledTimes(2);
    expect(onHang).toHaveBeenLastCalledWith({ phase: 'booting', silentMs: DEFAULT_BOOT_TIMEOUT_MS });
    vi.advanceTimersByTime(DEFAULT_BOOT_TIMEOUT_MS);
    expect(onHang).toHaveBeenCalledTimes(3);
  });

  it('gives the first page as long to boot as a reload', () => {
    const { dog, onHang } = watchdog();
    dog.start();
    vi.advanceTimersByTime(DEFAULT_HANG_AFTER_MS * 2);
    expect(onHang).not.toHaveBeenCalled();
    vi.advanceTimersByTime(DEFAULT_BOOT_TIMEOUT_MS - DEFAULT_HANG_AFTER_MS * 2);
    expect(onHang).toHaveBeenCalledExactlyOnceWith({ phase: 'booting', silentMs: DEFAULT_BOOT_TIMEOUT_MS });
  });

  it('ignores heartbeats and never calls a hang once stopped', () => {
    const { dog, onHang, onAlive } = watchdog();
    dog.start();
    beatFor(dog, 2000);
    dog.stop();
    dog.heartbeat();
    vi.advanceTimersByTime(10 * 60_000);
    expect(onHang).not.toHaveBeenCalled();
    expect(onAlive).toHaveBeenCalledTimes(1);
    expect(dog.state).toBe('stopped');
  });

  it('lets onHang stop it, for a recovery that reloads later', () => {
    const onHang = vi.fn(() => dog.stop());
    const dog = new Watchdog({ onHang, hangAfterMs: 1000, bootTimeoutMs: 2000 });
    dog.start();
    vi.advanceTimersByTime(2000);
    expect(onHang).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(onHang).toHaveBeenCalledTimes(1);
    dog.start();
    vi.advanceTimersByTime(2000);
    expect(onHang).toHaveBeenCalledTimes(2);
  });

  it('takes its times from the options, and the real clock by default', () => {
    const onHang = vi.fn();
    const dog = new Watchdog({ onHang, hangAfterMs: 300, bootTimeoutMs: 800 });
    dog.start();
    dog.heartbeat();
    vi.advanceTimersByTime(299);
    expect(onHang).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onHang).toHaveBeenCalledExactlyOnceWith({ phase: 'running', silentMs: 300 });
    vi.advanceTimersByTime(800);
    expect(onHang).toHaveBeenLastCalledWith({ phase: 'booting', silentMs: 800 });
  });
});
