import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KioskLog, kioskLogPath } from './kiosk-log';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-log-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

function lines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

const fixedClock = () => new Date('2025-05-01T09:30:00.000Z');

describe('kiosk log', () => {
  it('lives in the user-data folder', () => {
    expect(kioskLogPath('/home/show/.config/Forced Repatriation')).toBe('/home/show/.config/Forced Repatriation/kiosk-log.jsonl');
  });

  it('appends one JSON object per line: time, event, then the detail', () => {
    const log = new KioskLog(kioskLogPath(dir), { now: fixedClock });
    log.write('start', { version: '0.1.0' });
    log.write('loop', { loop: 2 });
    const text = readFileSync(log.file, 'utf8');
    expect(text).toBe('{"time":"2025-05-01T09:30:00.000Z","event":"start","version":"0.1.0"}\n{"time":"2025-05-01T09:30:00.000Z","event":"loop","loop":2}\n');
  });

  it('never lets the detail overwrite the time or the event', () => {
    const log = new KioskLog(kioskLogPath(dir), { now: fixedClock });
    log.write('crash', { event: 'exit', time: 'yesterday', reason: 'oom' });
    expect(lines(log.file)).toEqual([{ time: '2025-05-01T09:30:00.000Z', event: 'crash', reason: 'oom' }]);
  });

  it('creates its folder when it is missing', () => {
    const log = new KioskLog(join(dir, 'new', 'folder', 'kiosk-log.jsonl'));
    log.write('start');
    expect(lines(log.file)).toHaveLength(1);
  });

  it('rotates before a line would pass the limit: current to .1, .1 to .2', () => {
    const log = new KioskLog(kioskLogPath(dir), { maxBytes: 300, keep: 3, now: fixedClock });
    // Each line is 100 bytes: three fit in a file, the fourth starts a new one.
    const entry = (n: number) => ({ n, pad: 'x'.repeat(100 - JSON.stringify({ time: fixedClock().toISOString(), event: 'loop', n, pad: '' }).length - 1) });
    for (let n = 1; n <= 7; n++) log.write('loop', entry(n));
    expect(statSync(log.file).size).toBeLessThanOrEqual(300);
    expect(lines(log.file).map((line) => line.n)).toEqual([7]);
    expect(lines(`${log.file}.1`).map((line) => line.n)).toEqual([4, 5, 6]);
    expect(lines(`${log.file}.2`).map((line) => line.n)).toEqual([1, 2, 3]);
    expect(existsSync(`${log.file}.3`)).toBe(false);
  });

  it('keeps at most `keep` old files and the total bounded after thousands of writes', () => {
    const maxBytes = 4096;
    const log = new KioskLog(kioskLogPath(dir), { maxBytes, keep: 2 });
    for (let n = 0; n < 5000; n++) log.write(n % 2 ? 'loop' : 'visitor', { loop: n, detail: 'y'.repeat(n % 97) });
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['kiosk-log.jsonl', 'kiosk-log.jsonl.1', 'kiosk-log.jsonl.2']);
    const sizes = files.map((file) => statSync(join(dir, file)).size);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(maxBytes);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(3 * maxBytes);
    // The newest entry is last in the current file, and the files follow each other without a gap.
    const current = lines(log.file);
    const previous = lines(`${log.file}.1`);
    expect(current.at(-1)!.loop).toBe(4999);
    expect(previous.at(-1)!.loop).toBe((current[0]!.loop as number) - 1);
  });

  it('keeps its bound across a restart of the app', () => {
    const first = new KioskLog(kioskLogPath(dir), { maxBytes: 1000, keep: 1 });
    for (let n = 0; n < 9; n++) first.write('loop', { loop: n, pad: 'z'.repeat(40) });
    const second = new KioskLog(kioskLogPath(dir), { maxBytes: 1000, keep: 1 });
    for (let n = 9; n < 40; n++) second.write('loop', { loop: n, pad: 'z'.repeat(40) });
    expect(statSync(second.file).size).toBeLessThanOrEqual(1000);
    expect(readdirSync(dir).sort()).toEqual(['kiosk-log.jsonl', 'kiosk-log.jsonl.1']);
  });

  it('with keep 0 starts the file afresh rather than grow', () => {
    const log = new KioskLog(kioskLogPath(dir), { maxBytes: 500, keep: 0 });
    for (let n = 0; n < 100; n++) log.write('loop', { loop: n });
    expect(statSync(log.file).size).toBeLessThanOrEqual(500);
    expect(readdirSync(dir)).toEqual(['kiosk-log.jsonl']);
    expect(lines(log.file).at(-1)!.loop).toBe(99);
  });

  it('cuts an entry bigger than a whole file down to its time and event', () => {
    const log = new KioskLog(kioskLogPath(dir), { maxBytes: 1000, now: fixedClock });
    log.write('settings-problem', { detail: 'w'.repeat(5000) });
    expect(lines(log.file)).toEqual([{ time: '2025-05-01T09:30:00.000Z', event: 'settings-problem', truncated: true }]);
  });

  it('does not throw where it cannot write, and says so once', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = new KioskLog(join(blocker, 'kiosk-log.jsonl'));
    expect(() => {
      log.write('start');
      log.write('loop', { loop: 1 });
      log.write('crash', { reason: 'crashed' });
    }).not.toThrow();
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]![0]).toMatch(/^kiosk log: cannot write .*a-file\/kiosk-log\.jsonl \(.+\); the kiosk goes on without it$/);
  });

  it('does not throw on a detail JSON cannot hold', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = new KioskLog(kioskLogPath(dir));
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => log.write('crash', circular)).not.toThrow();
    log.write('recovered');
    expect(lines(log.file).map((line) => line.event)).toEqual(['recovered']);
  });
});
