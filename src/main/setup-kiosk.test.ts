/**
 * The kiosk's Electron glue against a stand-in Electron (no binary runs here): that the
 * pieces are wired as docs/kiosk.md says, each checked through what lands in the real log.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskSession } from './setup-kiosk';

/** The stand-in: an app that records relaunch, exit and quit, and an ipcMain that keeps its handlers. */
const handlers = new Map<string, (...args: unknown[]) => unknown>();
const fakeApp = Object.assign(new EventEmitter(), {
  userData: '',
  getPath: () => fakeApp.userData,
  getVersion: () => '0.1.0',
  relaunch: vi.fn(),
  exit: vi.fn(),
  quit: vi.fn(),
  releaseSingleInstanceLock: vi.fn(),
  isPackaged: false,
});
const electron = {
  handlers,
  app: fakeApp,
  ipcMain: {
    on: (channel: string, listener: (...args: unknown[]) => unknown) => handlers.set(channel, listener),
    handle: (channel: string, listener: (...args: unknown[]) => unknown) => handlers.set(channel, listener),
  },
  powerSaveBlocker: { start: vi.fn(() => 1), stop: vi.fn(() => true), isStarted: vi.fn(() => true) },
};
// The factory runs when setup-kiosk first imports electron: below, after all of the above exists.
vi.mock('electron', () => electron);
const spawned = { unref: vi.fn() };
const spawn = vi.fn(() => spawned);
vi.mock('node:child_process', () => ({ spawn }));

const { setupKioskIpc, startKiosk } = await import('./setup-kiosk');
const { parseAppArgs } = await import('./args');

class FakeContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeContents.nextId++;
  closeDevTools = vi.fn();
  forcefullyCrashRenderer = vi.fn();
  isCrashed = () => false;
  loadURL = vi.fn(() => Promise.resolve());
  /** A one-pixel PNG's worth of bytes: what a real capture would write. */
  capturePage = vi.fn(() => Promise.resolve({ isEmpty: () => false, toPNG: () => Buffer.from('PNG of the show') }));
}

class FakeWindow extends EventEmitter {
  readonly webContents = new FakeContents();
  isDestroyed = () => false;
}

const APP_FRAME = { url: 'app://deck/index.html?kiosk', parent: null };
let dir: string;
let window: FakeWindow;
let session: KioskSession | null;
const argv = process.argv;

function start(appArgv: string[], settingsText?: string): KioskSession {
  if (settingsText !== undefined) writeFileSync(join(dir, 'kiosk-settings.json'), settingsText);
  process.argv = ['electron', '.', ...appArgv];
  session = startKiosk(parseAppArgs(process.argv.slice(1)));
  window = new FakeWindow();
  session.guard(window as unknown as BrowserWindow);
  return session;
}

function logged(): Record<string, unknown>[] {
  return readFileSync(join(dir, 'kiosk-log.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}
const events = () => logged().map((entry) => entry.event);

function fromRenderer(channel: string, ...args: unknown[]): unknown {
  return electron.handlers.get(channel)!({ sender: window.webContents, senderFrame: APP_FRAME }, ...args);
}
const heartbeat = () => fromRenderer('kiosk:heartbeat');

function event() {
  return { preventDefault: vi.fn() };
}

beforeEach(() => {
  vi.useFakeTimers();
  dir = mkdtempSync(join(tmpdir(), 'kiosk-session-'));
  electron.app.userData = dir;
  electron.app.removeAllListeners();
  electron.handlers.clear();
  vi.clearAllMocks();
  session = null;
  setupKioskIpc(() => session);
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  process.argv = argv;
  rmSync(dir, { recursive: true, force: true });
});

describe('kiosk start', () => {
  it('logs the start and every settings problem, keeps the display awake and keeps the PIN out of log and URL', () => {
    const kiosk = start(['--kiosk', '--idle', '3'], '{\n  "pin": "2468",\n  "advisory": "no"\n}');
    expect(electron.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(kiosk.settings).toMatchObject({ pin: '2468', advisory: true, idleSeconds: 60 });
    expect(kiosk.audienceUrl).toBe('app://deck/index.html?kiosk&lock');
    const [first, ...problems] = logged();
    expect(first).toMatchObject({ event: 'start', settingsFileFound: true, settings: { pin: 'set' }, relaunches: 0 });
    expect(problems.map((entry) => entry.problem)).toEqual([
      `${join(dir, 'kiosk-settings.json')}:3: advisory must be true or false, not "no"; keeping the default true`,
      '--idle must be a whole number of seconds from 10 to 3600, not 3; keeping the default 60',
    ]);
    expect(readFileSync(join(dir, 'kiosk-log.jsonl'), 'utf8')).not.toContain('2468');
    expect(console.error).toHaveBeenCalledWith(`kiosk: ${problems[0]!.problem as string}`);
  });

  it('starts with the defaults when the settings file is garbage', () => {
    const kiosk = start(['--kiosk', '--no-advisory'], 'this is not { json');
    expect(kiosk.settings).toMatchObject({ idleSeconds: 60, advisory: false, pin: null });
    expect(events()).toEqual(['start', 'settings-problem']);
  });

  it('reads the settings file --kiosk-settings names', () => {
    const file = join(dir, 'elsewhere.json');
    writeFileSync(file, '{"idleSeconds": 300}');
    expect(start(['--kiosk', '--kiosk-settings', file]).settings.idleSeconds).toBe(300);
  });
});

describe('kiosk window', () => {
  it('cannot be closed, has its devtools shut, and swallows the ways out but not the exit chord', () => {
    start(['--kiosk']);
    const close = event();
    window.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalled();
    window.webContents.emit('devtools-opened');
    expect(window.webContents.closeDevTools).toHaveBeenCalled();
    const key = (input: object) => {
      const keyEvent = event();
      window.webContents.emit('before-input-event', keyEvent, { type: 'keyDown', code: '', control: false, alt: false, shift: false, meta: false, ...input });
      return keyEvent.preventDefault.mock.calls.length > 0;
    };
    expect(key({ key: 'F12' })).toBe(true);
    expect(key({ key: 'w', code: 'KeyW', control: true })).toBe(true);
    expect(key({ key: 'ArrowRight' })).toBe(false);
    expect(key({ key: 'Q', code: 'KeyQ', control: true, alt: true, shift: true })).toBe(false);
  });

  it('lets the system end it (shutdown, SIGTERM) and logs that', () => {
    start(['--kiosk']);
    electron.app.emit('before-quit');
    const close = event();
    window.emit('close', close);
    expect(close.preventDefault).not.toHaveBeenCalled();
    expect(logged().at(-1)).toMatchObject({ event: 'exit', by: 'system' });
  });
});

describe('kiosk recovery', () => {
  it('ends a hung page and reloads the show at the loop start, then logs it recovered', () => {
    start(['--kiosk', '--scene', 'the-scar']);
    vi.advanceTimersByTime(2000);
    heartbeat();
    vi.advanceTimersByTime(4999);
    expect(events()).not.toContain('hang');
    vi.advanceTimersByTime(1);
    expect(logged().at(-1)).toMatchObject({ event: 'hang', phase: 'running', silentMs: 5000 });
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    // The killed renderer's own 'gone' is not a second failure.
    window.webContents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
    expect(events()).not.toContain('crash');
    vi.advanceTimersByTime(500);
    expect(window.webContents.loadURL).toHaveBeenCalledExactlyOnceWith('app://deck/index.html?kiosk');
    // A beat from the page being replaced is not the new page's.
    heartbeat();
    expect(events()).not.toContain('recovered');
    vi.advanceTimersByTime(3000);
    window.webContents.emit('did-navigate');
    heartbeat();
    expect(logged().at(-1)).toMatchObject({ event: 'recovered', cause: 'hang', afterMs: 3500, bootMs: 3000 });
  });

  it('reloads a crashed renderer within 2 s', () => {
    start(['--kiosk']);
    heartbeat();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    expect(logged().at(-1)).toMatchObject({ event: 'crash', reason: 'crashed', exitCode: 11 });
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2000);
    expect(window.webContents.loadURL).toHaveBeenCalledOnce();
  });

  it('calls a reload that never beats a hang, and recovers again', () => {
    start(['--kiosk']);
    heartbeat();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    vi.advanceTimersByTime(500);
    window.webContents.emit('did-navigate');
    vi.advanceTimersByTime(15_000);
    expect(logged().at(-1)).toMatchObject({ event: 'hang', phase: 'booting', silentMs: 15_000 });
    vi.advanceTimersByTime(500);
    expect(window.webContents.loadURL).toHaveBeenCalledTimes(2);
  });

  it('reloads when the GPU process is lost, and ignores other child processes and a GPU process that ended cleanly', () => {
    start(['--kiosk']);
    heartbeat();
    electron.app.emit('child-process-gone', {}, { type: 'Utility', reason: 'crashed', exitCode: 1 });
    electron.app.emit('child-process-gone', {}, { type: 'GPU', reason: 'clean-exit', exitCode: 0 });
    expect(events()).not.toContain('gpu-lost');
    vi.advanceTimersByTime(2000);
    expect(window.webContents.loadURL).not.toHaveBeenCalled();
    electron.app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 1 });
    expect(logged().at(-1)).toMatchObject({ event: 'gpu-lost', reason: 'crashed' });
    vi.advanceTimersByTime(2000);
    expect(window.webContents.loadURL).toHaveBeenCalledOnce();
  });

  it('relaunches the app at the fourth failure within five minutes, counting the relaunch in its arguments', () => {
    vi.setSystemTime(1_750_000_000_000);
    start(['--kiosk', '--idle', '90']);
    for (let failure = 1; failure <= 4; failure++) {
      heartbeat();
      window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
      vi.advanceTimersByTime(1000);
    }
    expect(window.webContents.loadURL).toHaveBeenCalledTimes(3);
    expect(logged().at(-1)).toMatchObject({ event: 'relaunch', cause: 'crash', count: 1 });
    expect(electron.app.relaunch).toHaveBeenCalledExactlyOnceWith({
      args: ['.', '--kiosk', '--idle', '90', '--kiosk-relaunch-count=1', `--kiosk-relaunch-since=${1_750_000_003_000}`],
    });
    expect(electron.app.exit).toHaveBeenCalledWith(0);
  });

  it('relaunches an AppImage through the AppImage file, not the binary in its mount that is gone once the app exits', () => {
    vi.setSystemTime(1_750_000_000_000);
    vi.stubEnv('APPIMAGE', '/home/gallery/Forced-Repatriation.AppImage');
    fakeApp.isPackaged = true;
    try {
      start(['--kiosk']);
      for (let failure = 1; failure <= 4; failure++) {
        heartbeat();
        window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
        vi.advanceTimersByTime(1000);
      }
      expect(electron.app.relaunch).not.toHaveBeenCalled();
      // The new instance starts before this one has gone: it must find the one-show lock free.
      expect(electron.app.releaseSingleInstanceLock).toHaveBeenCalledOnce();
      expect(spawn).toHaveBeenCalledExactlyOnceWith(
        '/home/gallery/Forced-Repatriation.AppImage',
        ['.', '--kiosk', '--kiosk-relaunch-count=1', `--kiosk-relaunch-since=${1_750_000_003_000}`],
        { detached: true, stdio: 'ignore' },
      );
      expect(spawned.unref).toHaveBeenCalled();
      expect(electron.app.exit).toHaveBeenCalledWith(0);
    } finally {
      fakeApp.isPackaged = false;
      vi.unstubAllEnvs();
    }
  });

  it('gives up relaunching after three relaunches, and reloads once a minute instead of quitting', () => {
    const now = 1_750_000_000_000;
    vi.setSystemTime(now);
    start(['--kiosk', '--kiosk-relaunch-count=3', `--kiosk-relaunch-since=${now - 60_000}`]);
    for (let failure = 1; failure <= 4; failure++) {
      heartbeat();
      window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
      vi.advanceTimersByTime(1000);
    }
    expect(logged().at(-1)).toMatchObject({ event: 'give-up', cause: 'crash', reloadInMs: 60_000 });
    expect(electron.app.relaunch).not.toHaveBeenCalled();
    expect(electron.app.exit).not.toHaveBeenCalled();
    expect(window.webContents.loadURL).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(58_999);
    expect(window.webContents.loadURL).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(1);
    expect(window.webContents.loadURL).toHaveBeenCalledTimes(4);
  });
});

describe('kiosk IPC', () => {
  it('quits for the exit chord when no PIN is set', async () => {
    start(['--kiosk']);
    expect(await fromRenderer('kiosk:exit', null)).toBe(true);
    vi.runAllTicks();
    vi.advanceTimersByTime(1);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(logged().at(-1)).toMatchObject({ event: 'exit', by: 'exit chord' });
    const close = event();
    window.emit('close', close);
    expect(close.preventDefault).not.toHaveBeenCalled();
  });

  it('checks the PIN in main, refusing a wrong one', async () => {
    start(['--kiosk', '--pin', '2468']);
    expect(await fromRenderer('kiosk:exit', '1111')).toBe(false);
    expect(await fromRenderer('kiosk:exit', null)).toBe(false);
    expect(await fromRenderer('kiosk:exit', 2468)).toBe(false);
    expect(logged().at(-1)).toMatchObject({ event: 'exit', refused: 'wrong PIN' });
    vi.advanceTimersByTime(10);
    expect(electron.app.quit).not.toHaveBeenCalled();
    expect(await fromRenderer('kiosk:exit', '2468')).toBe(true);
  });

  it('logs what the renderer reports, checked and copied', () => {
    start(['--kiosk']);
    fromRenderer('kiosk:report', { event: 'loop', loop: 4, extra: 'dropped' });
    fromRenderer('kiosk:report', { event: 'crash' });
    fromRenderer('kiosk:report', 'loop');
    expect(logged().slice(1)).toEqual([{ time: expect.any(String), event: 'loop', loop: 4 }]);
  });

  it('answers only the app’s own frames and the audience window', () => {
    start(['--kiosk']);
    const stranger = { sender: window.webContents, senderFrame: { url: 'https://example.org/' } };
    expect(() => electron.handlers.get('kiosk:exit')!(stranger, null)).toThrow('refused: IPC from a frame outside the app');
    electron.handlers.get('kiosk:report')!(stranger, { event: 'visitor' });
    const otherWindow = { sender: new FakeContents(), senderFrame: APP_FRAME };
    expect(electron.handlers.get('kiosk:exit')!(otherWindow, null)).toBe(false);
    electron.handlers.get('kiosk:report')!(otherWindow, { event: 'visitor' });
    expect(events()).toEqual(['start']);
    // Heartbeats from elsewhere do not keep a hung audience alive.
    for (let second = 0; second < 20; second++) {
      vi.advanceTimersByTime(1000);
      electron.handlers.get('kiosk:heartbeat')!(otherWindow);
    }
    expect(events()).toContain('hang');
  });

  it('ignores the kiosk channels outside kiosk mode', async () => {
    session = null;
    window = new FakeWindow();
    expect(await fromRenderer('kiosk:exit', null)).toBe(false);
    expect(() => heartbeat()).not.toThrow();
    expect(electron.app.quit).not.toHaveBeenCalled();
  });
});

describe('the venue: opening hours and the health report', () => {
  const status = () => JSON.parse(readFileSync(join(dir, 'kiosk-status.json'), 'utf8')) as Record<string, unknown>;

  it('writes the health report at once and every minute, counting loops and the last error, with a screenshot', async () => {
    vi.setSystemTime(new Date('2026-12-07T10:00:00Z'));
    start(['--kiosk']);
    expect(status()).toMatchObject({ version: '0.1.0', uptimeSeconds: 0, loopsPlayed: 0, open: true, nextChange: null, lastError: null });
    fromRenderer('kiosk:report', { event: 'loop', loop: 1 });
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    // The reload comes, and the page beats again: recovered.
    await vi.advanceTimersByTimeAsync(600);
    window.webContents.emit('did-navigate');
    for (let second = 0; second < 59; second++) {
      heartbeat();
      await vi.advanceTimersByTimeAsync(1000);
    }
    await vi.advanceTimersByTimeAsync(400);
    expect(status()).toMatchObject({ uptimeSeconds: 60, loopsPlayed: 1, recoveries: 1, lastError: { event: 'crash', reason: 'crashed' } });
    expect(window.webContents.capturePage).toHaveBeenCalledTimes(1);
    expect(readFileSync(join(dir, 'kiosk-status.png'), 'utf8')).toBe('PNG of the show');
    // The next report names it.
    for (let second = 0; second < 60; second++) {
      heartbeat();
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(status()).toMatchObject({ uptimeSeconds: 120, screenshot: { file: join(dir, 'kiosk-status.png') } });
    session!.exit(window.webContents as never, null);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(window.webContents.capturePage, 'nothing after the kiosk ends').toHaveBeenCalledTimes(1);
  });

  it('outside the hours lets the display sleep, keeps it awake from the opening, and logs both', async () => {
    // 08:59 local time on a Monday (the machine's zone is the test's).
    vi.setSystemTime(new Date(2026, 11, 7, 8, 59));
    start(['--kiosk', '--opening-hours', 'Mo-Fr 09:00-18:00', '--status-screenshot-minutes', '0']);
    expect(electron.powerSaveBlocker.start).not.toHaveBeenCalled();
    expect(status()).toMatchObject({ open: false, nextChange: new Date(2026, 11, 7, 9, 0).toISOString() });
    await vi.advanceTimersByTimeAsync(60_100);
    expect(electron.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(status()).toMatchObject({ open: true, nextChange: new Date(2026, 11, 7, 18, 0).toISOString() });
    vi.setSystemTime(new Date(2026, 11, 7, 17, 59, 30));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(electron.powerSaveBlocker.stop).toHaveBeenCalledWith(1);
    expect(logged().filter((entry) => entry.event === 'hours').map((entry) => entry.open)).toEqual([false, true, false]);
    expect(window.webContents.capturePage).not.toHaveBeenCalled();
  });
});
