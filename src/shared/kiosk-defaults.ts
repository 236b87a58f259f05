/**
 * The kiosk's settings: their shape and defaults, without their checks (kiosk-settings.ts, with
 * zod), so a page that is not a kiosk has its defaults without loading the checks.
 */
export const UI_LANGUAGES = ['en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface KioskSettings {
  /** Seconds without a visitor before the show returns to the loop start. Whole, 10 to 3600; default 60. */
  idleSeconds: number;
  /** The key chord that ends the kiosk: two or more modifiers and one key. Default Control+Alt+Shift+Q. */
  exitChord: string;
  /** 4 to 12 digits asked for after the exit chord; default null (the chord alone exits). */
  pin: string | null;
  /** Show the content advisory before every loop. Default true. */
  advisory: boolean;
  /** Scene id the loop starts at; default null: the first scene after the advisory. */
  startScene: string | null;
  /** The interface language, one of UI_LANGUAGES. Default 'en'. */
  language: string;
  /** Seconds before a still mouse cursor is hidden. Whole, 1 to 60; default 3. */
  cursorHideSeconds: number;
  /** The last seconds of the idle time, shown as a countdown a touch cancels. Whole, 0 (no warning) to 300; default 15. */
  idleWarnSeconds: number;
  /** What the idle return does: `restart` the loop (the advisory, then the loop start) or `resume` autoplay at the visitor's step. */
  idleAction: IdleAction;
  /** Opening hours in OpenStreetMap's opening_hours syntax; default null: always open. Main checks the syntax. */
  openingHours: string | null;
  /** Minutes between screenshots of the show for the staff's health report. Whole, 0 (none) to 1440; default 10. */
  statusScreenshotMinutes: number;
}

export const IDLE_ACTIONS = ['restart', 'resume'] as const;
export type IdleAction = (typeof IDLE_ACTIONS)[number];

export const DEFAULT_KIOSK_SETTINGS: KioskSettings = Object.freeze({
  idleSeconds: 60,
  exitChord: 'Control+Alt+Shift+Q',
  pin: null,
  advisory: true,
  startScene: null,
  language: 'en',
  cursorHideSeconds: 3,
  idleWarnSeconds: 15,
  idleAction: 'restart',
  openingHours: null,
  statusScreenshotMinutes: 10,
});
