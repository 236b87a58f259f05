/**
 * Kiosk mode's Electron glue (docs/kiosk.md): settings, the log, the display kept awake,
 * the audience window locked down, and recovery from crashes, hangs and a lost GPU
 * process. The rules it follows are plain modules in ./kiosk, unit-tested without Electron.
 */
import { join } from 'node:path';
import { app, ipcMain, type BrowserWindow, type WebContents } from 'electron';
import { IPC_CHANNELS } from '../shared/host-api';
import type { StaffStatus } from '../shared/remote-protocol';
import { isPinAttempt, parseKioskReport, type KioskReport } from '../shared/kiosk-report';
import { parseChord, type Chord, type KioskSettings } from '../shared/kiosk-settings';
import { APP_ORIGIN } from '../shared/app-origin';
import { relaunchApp } from './app-relaunch';
import { kioskLoopStartUrl, rendererUrl, type AppArgs } from './args';
import { isBlockedInKiosk } from './kiosk/kiosk-input';
import { KioskLog, kioskLogPath, type KioskLogEvent } from './kiosk/kiosk-log';
import { KioskStatusBook } from './kiosk/kiosk-status';
import { KioskVenue } from './kiosk-venue';
import { PinGate } from '../node/pin-gate';
import { decideRecovery, readRelaunchHistory, recentFailures, relaunchArgs, type RelaunchHistory } from './kiosk/recovery-policy';
import { mergeKioskSettings, readKioskSettingsFile } from './kiosk/settings-file';
import { Watchdog } from './kiosk/watchdog';
import { fromApp } from './security';

/** The settings file looked for in the user-data folder when --kiosk-settings names none. */
export const KIOSK_SETTINGS_FILE = 'kiosk-settings.json';

type Failure = 'crash' | 'hang' | 'gpu-lost';

/** Reads the settings, opens the log and keeps the display awake; guard() then takes the audience window. */
export function startKiosk(args: AppArgs): KioskSession {
  const userData = app.getPath('userData');
  const log = new KioskLog(kioskLogPath(userData));
  const settingsFile = args.kioskSettingsFile ?? join(userData, KIOSK_SETTINGS_FILE);
  const read = readKioskSettingsFile(settingsFile);
  const settings = mergeKioskSettings(read.settings, args.kioskFlags);
  const relaunches = readRelaunchHistory(process.argv);
  log.write('start', {
    version: app.getVersion(),
    electron: process.versions.electron,
    settingsFile,
    settingsFileFound: read.found,
    // Never the PIN itself: the log is read by people who should not learn it.
    settings: { ...settings, pin: settings.pin === null ? null : 'set' },
    relaunches: relaunches.count,
    // Which process this is: a relaunched kiosk is a new one, and the log is how it is found.
    pid: process.pid,
  });
  for (const problem of read.problems) console.error(`kiosk: ${problem}`);
  // The command line's problems are on the console already (index.ts); the log gets them all.
  for (const problem of [...read.problems, ...args.problems]) log.write('settings-problem', { problem });
  const book = new KioskStatusBook(app.getVersion(), new Date(), relaunches.count, settings.idleSeconds);
  // Keeps the display awake while open (all the time, without opening hours) and writes the health report.
  const venue = new KioskVenue(userData, settings, book, (open, nextChange) => {
    if (settings.openingHours !== null) log.write('hours', { open, nextChange: nextChange?.toISOString() ?? null });
  });
  return new KioskSession(settings, log, rendererUrl(APP_ORIGIN, { ...args, kioskSettings: settings }), relaunches, venue);
}

export class KioskSession {
  /** The kiosk log, each entry counted in the health report too. */
  readonly #log: Pick<KioskLog, 'write'>;
  readonly #venue: KioskVenue;
  readonly #relaunches: RelaunchHistory;
  readonly #chord: Chord | null;
  readonly #pins: PinGate;
  readonly #watchdog: Watchdog;
  #window: BrowserWindow | null = null;
  #exitAuthorised = false;
  #failures: number[] = [];
  #pendingReload: NodeJS.Timeout | null = null;
  #recovering: { cause: Failure; at: number } | null = null;
  /** Set by a reload until its page commits: beats from the page being replaced do not count. */
  #awaitingNavigation = false;

  constructor(
    readonly settings: KioskSettings,
    log: KioskLog,
    /** The audience URL with the kiosk settings; a hash (from --scene) applies to the first load only. */
    readonly audienceUrl: string,
    relaunches: RelaunchHistory,
    venue: KioskVenue,
  ) {
    this.#venue = venue;
    this.#log = {
      write: (event: KioskLogEvent, details: Record<string, unknown>) => {
        log.write(event, details);
        venue.book.note(event, details, new Date());
      },
    };
    this.#relaunches = relaunches;
    const parsed = parseChord(settings.exitChord);
    this.#chord = 'chord' in parsed ? parsed.chord : null;
    this.#pins = new PinGate(settings.pin);
    this.#watchdog = new Watchdog({
      onHang: (report) => {
        this.#log.write('hang', { ...report });
        this.#recover('hang');
      },
      onAlive: ({ bootMs }) => {
        if (!this.#recovering) return;
        this.#log.write('recovered', { cause: this.#recovering.cause, afterMs: Date.now() - this.#recovering.at, bootMs });
        this.#recovering = null;
      },
    });
  }

  /** Locks the audience window down and starts watching it. */
  guard(window: BrowserWindow): void {
    this.#window = window;
    this.#venue.watch(window);
    const contents = window.webContents;
    contents.on('devtools-opened', () => contents.closeDevTools());
    contents.on('did-navigate', () => {
      this.#awaitingNavigation = false;
    });
    contents.on('before-input-event', (event, input) => {
      if (isBlockedInKiosk(input, this.#chord)) event.preventDefault();
    });
    window.on('close', (event) => {
      if (!this.#exitAuthorised) event.preventDefault();
    });
    // The system is shutting down or logging out (or the app got SIGTERM): let it.
    window.on('session-end', () => this.#allowQuit('session end'));
    app.on('before-quit', () => this.#allowQuit('system'));
    contents.on('render-process-gone', (_event, details) => {
      if (this.#pendingReload || this.#exitAuthorised) return; // our own doing: a hung renderer ended, a reload on its way
      this.#log.write('crash', { reason: details.reason, exitCode: details.exitCode });
      this.#recover('crash');
    });
    app.on('child-process-gone', (_event, details) => {
      // A GPU process that ended cleanly is no failure (the error log ignores it too): counting it would relaunch for nothing.
      if (details.type !== 'GPU' || details.reason === 'clean-exit' || this.#exitAuthorised) return;
      this.#log.write('gpu-lost', { reason: details.reason, exitCode: details.exitCode });
      this.#recover('gpu-lost');
    });
    this.#watchdog.start();
  }

  heartbeat(sender: WebContents): void {
    if (this.#isAudience(sender) && !this.#awaitingNavigation) this.#watchdog.heartbeat();
  }

  report(sender: WebContents, entry: KioskReport): void {
    if (this.#isAudience(sender)) this.#log.write(entry.event, { loop: entry.loop, detail: entry.detail });
  }

  /** The exit chord was pressed (and a PIN typed): quits when the PIN is right or none is set. */
  exit(sender: WebContents, pin: string | null): boolean {
    if (!this.#isAudience(sender)) return false;
    const verdict = this.#pins.check(pin);
    if (verdict !== 'open') {
      this.#log.write('exit', { refused: verdict === 'locked' ? 'too many wrong PINs: locked for a minute' : 'wrong PIN' });
      return false;
    }
    this.#log.write('exit', { by: 'exit chord' });
    this.#exitAuthorised = true;
    this.#stop();
    setImmediate(() => app.quit());
    return true;
  }

  /** The kiosk as staff see it on the phone console: the health report, where the show is, a fresh picture. */
  async staffStatus(paused: boolean): Promise<StaffStatus> {
    const report = this.#venue.status();
    const url = this.#window && !this.#window.isDestroyed() ? this.#window.webContents.getURL() : '';
    const [scene = '', step = '0'] = (url.split('#/')[1] ?? '').split('/');
    return {
      source: 'app',
      open: report.open,
      nextChange: report.nextChange,
      paused,
      loopsPlayed: report.loopsPlayed,
      lastVisitorInput: report.lastVisitorInput,
      recoveries: report.recoveries,
      lastError: report.lastError && { time: report.lastError.time, event: report.lastError.event, ...(report.lastError.reason === undefined ? {} : { reason: String(report.lastError.reason).slice(0, 200) }) },
      scene: decodeURIComponent(scene),
      step: Number(step) || 0,
      updated: report.updated,
      screenshot: await this.#venue.snapshot(),
    };
  }

  /** Staff chose Restart loop on the console (their PIN checked by the relay): the kiosk's URL afresh, as a recovery loads it. */
  restartLoop(): void {
    this.#log.write('staff', { action: 'restart-loop' });
    this.#reload();
  }

  /** Staff chose Exit on the console (their PIN checked by the relay). */
  staffExit(): void {
    if (this.#exitAuthorised) return;
    this.#log.write('exit', { by: 'staff console' });
    this.#exitAuthorised = true;
    this.#stop();
    setImmediate(() => app.quit());
  }

  #isAudience(sender: WebContents): boolean {
    return this.#window !== null && !this.#window.isDestroyed() && sender.id === this.#window.webContents.id;
  }

  #allowQuit(by: string): void {
    if (this.#exitAuthorised) return;
    this.#exitAuthorised = true;
    this.#log.write('exit', { by });
    this.#stop();
  }

  #stop(): void {
    this.#watchdog.stop();
    this.#venue.stop();
    if (this.#pendingReload) clearTimeout(this.#pendingReload);
    this.#pendingReload = null;
  }

  /** One recovery at a time, as recovery-policy.ts decides: reload at the loop start, relaunch, or reload slowly. */
  #recover(cause: Failure): void {
    if (this.#exitAuthorised || this.#pendingReload) return;
    const window = this.#window;
    if (!window || window.isDestroyed()) return;
    const now = Date.now();
    this.#failures = recentFailures([...this.#failures, now], now);
    const decision = decideRecovery(this.#failures, now, this.#relaunches);
    this.#watchdog.stop();
    if (decision.action === 'relaunch') {
      this.#log.write('relaunch', { cause, reason: decision.reason, count: decision.next.count });
      this.#exitAuthorised = true;
      relaunchApp(relaunchArgs(process.argv.slice(1), decision.next));
      return;
    }
    if (decision.action === 'give-up') this.#log.write('give-up', { cause, reason: decision.reason, reloadInMs: decision.delayMs });
    this.#recovering = { cause, at: now };
    this.#pendingReload = setTimeout(() => {
      this.#pendingReload = null;
      this.#reload();
    }, decision.delayMs);
    // A hung page is ended now (its 'render-process-gone' is ignored while the reload is pending).
    if (cause === 'hang' && !window.webContents.isCrashed()) window.webContents.forcefullyCrashRenderer();
  }

  /** Loads the kiosk URL afresh, without its hash: not reload(), which would keep the scene. */
  #reload(): void {
    const window = this.#window;
    if (this.#exitAuthorised || !window || window.isDestroyed()) return;
    this.#watchdog.start();
    this.#awaitingNavigation = true;
    window.webContents.loadURL(kioskLoopStartUrl(this.audienceUrl)).catch((error: Error) => {
      // A failed load never beats: the watchdog calls it a hang and recovery goes on.
      console.error(`kiosk: reload failed: ${error.message}`);
    });
  }
}

/** The kiosk's channels, answered in kiosk mode only, for the app's own frames and well-formed arguments. */
export function setupKioskIpc(kiosk: () => KioskSession | null): void {
  ipcMain.on(IPC_CHANNELS.kioskHeartbeat, (event) => {
    if (fromApp(event)) kiosk()?.heartbeat(event.sender);
  });
  ipcMain.on(IPC_CHANNELS.kioskReport, (event, data: unknown) => {
    const report = parseKioskReport(data);
    if (fromApp(event) && report) kiosk()?.report(event.sender, report);
  });
  ipcMain.handle(IPC_CHANNELS.kioskExit, (event, pin: unknown) => {
    if (!fromApp(event)) throw new Error('refused: IPC from a frame outside the app');
    const session = kiosk();
    if (!session || !isPinAttempt(pin)) return false;
    return session.exit(event.sender, pin);
  });
}
