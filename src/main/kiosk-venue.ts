/**
 * The kiosk's side facing the venue (docs/kiosk.md): outside the opening hours the display may
 * sleep (the power save blocker stopped; the page shows black), and at opening it is kept awake
 * again; every minute the health report is rewritten, and every statusScreenshotMinutes the
 * audience window is captured beside it. Electron glue over kiosk/kiosk-status.ts and
 * shared/opening-hours.ts.
 */
import { join } from 'node:path';
import { powerSaveBlocker, type BrowserWindow } from 'electron';
import type { KioskSettings } from '../shared/kiosk-settings';
import { parseOpeningHours, type OpeningSchedule } from '../shared/opening-hours';
import { writeFileAtomic } from '../node/write-atomic';
import { KIOSK_SCREENSHOT_FILE, kioskStatusPath, STATUS_EVERY_MS, writeKioskStatus, type KioskStatusBook } from './kiosk/kiosk-status';

/** setTimeout's longest wait; a next change further off is reached by the minute's tick. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class KioskVenue {
  readonly #schedule: OpeningSchedule | null;
  readonly #statusPath: string;
  readonly #screenshotPath: string;
  readonly #screenshotEveryMs: number;
  #blocker: number | null = null;
  #open: boolean | null = null;
  #tick: NodeJS.Timeout | null = null;
  #lastScreenshot = 0;
  #window: BrowserWindow | null = null;
  #reportedFailure = false;

  constructor(
    userData: string,
    settings: KioskSettings,
    readonly book: KioskStatusBook,
    /** Called when the hours open or close the kiosk. */
    readonly onHours: (open: boolean, nextChange: Date | null) => void,
  ) {
    const parsed = settings.openingHours === null ? null : parseOpeningHours(settings.openingHours);
    // Checked when the settings were read: a value that could not be read is null by now.
    this.#schedule = parsed && 'schedule' in parsed ? parsed.schedule : null;
    this.#statusPath = kioskStatusPath(userData);
    this.#screenshotPath = join(userData, KIOSK_SCREENSHOT_FILE);
    this.#screenshotEveryMs = settings.statusScreenshotMinutes * 60_000;
    this.#update();
  }

  /** The audience window, for screenshots. */
  watch(window: BrowserWindow): void {
    this.#window = window;
  }

  /** The health report as of now, for the staff console. */
  status(now = new Date()): ReturnType<KioskStatusBook['status']> {
    return this.book.status(now, this.#hours(now));
  }

  /** A fresh picture of the audience window, small, as a data: URL for the staff console; null when none can be taken. */
  async snapshot(): Promise<string | null> {
    const window = this.#window;
    if (!window || window.isDestroyed()) return null;
    try {
      const image = await window.webContents.capturePage();
      if (image.isEmpty()) return null;
      return `data:image/jpeg;base64,${image.resize({ width: 640 }).toJPEG(70).toString('base64')}`;
    } catch {
      return null;
    }
  }

  stop(): void {
    if (this.#tick) clearTimeout(this.#tick);
    this.#tick = null;
    if (this.#blocker !== null && powerSaveBlocker.isStarted(this.#blocker)) powerSaveBlocker.stop(this.#blocker);
    this.#blocker = null;
  }

  #hours(now: Date): { open: boolean; nextChange: Date | null } {
    if (!this.#schedule) return { open: true, nextChange: null };
    return { open: this.#schedule.isOpen(now), nextChange: this.#schedule.nextChange(now) };
  }

  /** The display by the hours, the report, a screenshot when due; then again in a minute, or at the next change if sooner. */
  #update(): void {
    const now = new Date();
    const hours = this.#hours(now);
    if (hours.open !== this.#open) {
      this.#open = hours.open;
      if (hours.open && this.#blocker === null) this.#blocker = powerSaveBlocker.start('prevent-display-sleep');
      else if (!hours.open && this.#blocker !== null) {
        powerSaveBlocker.stop(this.#blocker);
        this.#blocker = null;
      }
      this.onHours(hours.open, hours.nextChange);
    }
    writeKioskStatus(this.#statusPath, this.book.status(now, hours));
    if (this.#screenshotEveryMs > 0 && this.#window && now.getTime() - this.#lastScreenshot >= this.#screenshotEveryMs) {
      this.#lastScreenshot = now.getTime();
      void this.#screenshot();
    }
    const untilChange = hours.nextChange ? hours.nextChange.getTime() - now.getTime() + 50 : Number.POSITIVE_INFINITY;
    this.#tick = setTimeout(() => this.#update(), Math.min(STATUS_EVERY_MS, untilChange, MAX_TIMER_MS));
  }

  async #screenshot(): Promise<void> {
    const window = this.#window;
    if (!window || window.isDestroyed()) return;
    try {
      const image = await window.webContents.capturePage();
      if (image.isEmpty()) return; // hidden or not yet painted: the next one will do
      writeFileAtomic(this.#screenshotPath, image.toPNG());
      this.book.screenshotTaken(this.#screenshotPath, new Date());
    } catch (error) {
      if (this.#reportedFailure) return;
      this.#reportedFailure = true;
      console.error(`kiosk: the screenshot for the health report failed (${(error as Error).message}); the kiosk goes on without it`);
    }
  }
}
