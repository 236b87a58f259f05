/**
 * What a kiosk renderer may tell main for the kiosk log, and the check both ends apply:
 * the preload before sending and main on receipt, so neither forwards arbitrary data.
 */
export const KIOSK_REPORT_EVENTS = ['loop', 'visitor', 'idle-return', 'settings-problem'] as const;

export type KioskReportEvent = (typeof KIOSK_REPORT_EVENTS)[number];

export interface KioskReport {
  event: KioskReportEvent;
  /** Which loop this is, counted from 1 since the page loaded. */
  loop?: number;
  /** A short text, such as a settings problem. */
  detail?: string;
}

/** Longer details are cut to this many characters: a log line stays a line. */
export const MAX_REPORT_DETAIL = 500;
/** The longest PIN anyone could have typed is 12 digits; anything longer is not sent. */
export const MAX_PIN_ATTEMPT = 64;

/** A clean copy of the report (only the known fields), or null when it is not one. */
export function parseKioskReport(data: unknown): KioskReport | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const { event, loop, detail } = data as Record<string, unknown>;
  if (typeof event !== 'string' || !(KIOSK_REPORT_EVENTS as readonly string[]).includes(event)) return null;
  if (loop !== undefined && !(typeof loop === 'number' && Number.isSafeInteger(loop) && loop >= 0)) return null;
  if (detail !== undefined && typeof detail !== 'string') return null;
  const report: KioskReport = { event: event as KioskReportEvent };
  if (loop !== undefined) report.loop = loop;
  if (detail !== undefined) report.detail = detail.length > MAX_REPORT_DETAIL ? `${detail.slice(0, MAX_REPORT_DETAIL - 3)}...` : detail;
  return report;
}

/** A PIN attempt as it may cross to main: null (no PIN asked) or short text. */
export function isPinAttempt(pin: unknown): pin is string | null {
  return pin === null || (typeof pin === 'string' && pin.length <= MAX_PIN_ATTEMPT);
}
