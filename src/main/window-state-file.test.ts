import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_WINDOW_STATE_BYTES, readWindowState, WindowStateStore, windowStatePath, writeWindowState } from './window-state-file';
import { DEFAULT_WINDOW_STATE, type WindowState } from './window-state';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'window-state-'));
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

const saved: WindowState = { audience: { bounds: { x: 10, y: 20, width: 1280, height: 720 }, displayId: 7, fullScreen: false }, presenter: null, mode: 'scroll' };

describe('the window state on disk', () => {
  it('lives in the user-data folder', () => {
    expect(windowStatePath('/home/show/.config/Forced Repatriation')).toBe('/home/show/.config/Forced Repatriation/window-state.json');
  });

  it('is the defaults, with nothing to report, the first time', () => {
    expect(readWindowState(join(dir, 'window-state.json'))).toEqual({ state: DEFAULT_WINDOW_STATE, problems: [], found: false });
  });

  it('is written whole or not at all, into a folder made if needed, and read back', () => {
    const file = join(dir, 'new', 'window-state.json');
    writeWindowState(file, saved);
    expect(readWindowState(file)).toEqual({ state: saved, problems: [], found: true });
    expect(readdirSync(join(dir, 'new'))).toEqual(['window-state.json']);
  });

  it('names the file in every problem', () => {
    const file = join(dir, 'window-state.json');
    writeFileSync(file, '{"version": 1, "mode": 3}');
    expect(readWindowState(file).problems).toEqual([`${file}: mode must be one of "present", "scroll", not 3; using "present"`]);
    writeFileSync(file, 'x'.repeat(MAX_WINDOW_STATE_BYTES + 1));
    expect(readWindowState(file).problems).toEqual([`${file}: over 64 KB, so not a window state file; using the defaults`]);
    rmSync(file);
    mkdirSync(file);
    expect(readWindowState(file).problems[0]).toMatch(/cannot be read/);
  });
});

describe('the window state store', () => {
  it('replaces a corrupt file with the defaults at once and reports it, without throwing', () => {
    const file = join(dir, 'window-state.json');
    writeFileSync(file, '{"version": 1, "audience": {"bounds": ');
    const report = vi.fn();
    const store = new WindowStateStore(file, { report });
    expect(store.state).toEqual(DEFAULT_WINDOW_STATE);
    expect(report).toHaveBeenCalledOnce();
    expect(report.mock.calls[0]![0]).toMatch(/not valid JSON/);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, ...DEFAULT_WINDOW_STATE });
  });

  it('saves once changes stop coming, and at flush', () => {
    vi.useFakeTimers();
    const file = join(dir, 'window-state.json');
    const store = new WindowStateStore(file, { delayMs: 500 });
    for (let x = 0; x < 20; x++) store.update({ audience: { bounds: { x, y: 0, width: 800, height: 600 }, displayId: 1, fullScreen: false } });
    expect(existsSync(file)).toBe(false);
    vi.advanceTimersByTime(500);
    expect(readWindowState(file).state.audience?.bounds.x).toBe(19);
    store.update({ mode: 'scroll' });
    store.flush();
    expect(readWindowState(file).state).toMatchObject({ mode: 'scroll', audience: { bounds: { x: 19 } } });
    expect(new WindowStateStore(file).state.mode).toBe('scroll');
  });

  it('reports a file it cannot write once, and goes on', () => {
    vi.useFakeTimers();
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    const report = vi.fn();
    const store = new WindowStateStore(join(blocker, 'window-state.json'), { report });
    expect(() => {
      store.update({ mode: 'scroll' });
      store.flush();
      store.update({ mode: 'present' });
      store.flush();
    }).not.toThrow();
    // Once for the file it could not read at start, once for the first failed write; no more.
    expect(report.mock.calls.map(([problem]) => problem)).toEqual([
      expect.stringMatching(/cannot be read .*using the defaults$/),
      expect.stringMatching(/cannot be written .*the windows will not be remembered$/),
    ]);
    expect(store.state.mode).toBe('present');
  });
});
