/**
 * The kiosk's opening hours: OpenStreetMap's opening_hours syntax read by the `opening_hours`
 * library, in the machine's local time. Main uses it for the display and the health report;
 * the page loads it (a chunk of its own, only when hours are set) to go black when closed.
 */
import OpeningHours from 'opening_hours';
import { kioskSettingProblem, type KioskSettings } from './kiosk-settings.ts';

export interface OpeningSchedule {
  isOpen(at: Date): boolean;
  /** The next opening or closing after `at`, or null when the state never changes again (24/7, or closed for good). */
  nextChange(at: Date): Date | null;
}

/** How far ahead a next change is looked for: a venue closed longer than this is closed, with no date to show. */
const LOOK_AHEAD_MS = 366 * 24 * 3600 * 1000;

/** The schedule for `text`, or why it is not one: the library's words, with the character where reading stopped. */
export function parseOpeningHours(text: string): { schedule: OpeningSchedule } | { error: string } {
  let hours: OpeningHours;
  try {
    // Mode 0: time ranges only (no "points in time"); no place given, so no public holidays.
    hours = new OpeningHours(text, null, 0);
    // Reading a state is where some mistakes show (a holiday rule without a country).
    hours.getState(new Date());
  } catch (thrown) {
    return { error: describeError(text, String(thrown)) };
  }
  return {
    schedule: {
      isOpen: (at) => hours.getState(at),
      nextChange: (at) => hours.getNextChange(at, new Date(at.getTime() + LOOK_AHEAD_MS)) ?? null,
    },
  };
}

/** "Mo-F <--- (Unexpected token …)" to "at character 5: Unexpected token …". */
function describeError(text: string, message: string): string {
  const marked = /^(.*?) <--- \((.*)\)\s*$/s.exec(message.replace(/^Error: /, ''));
  if (!marked) return message.replace(/^Error: /, '').trim();
  const before = marked[1]!;
  const at = text.startsWith(before) ? before.length : text.indexOf(before.trim()) + before.trim().length;
  return `at character ${at + 1}: ${marked[2]!.replace(/ This means that the syntax is not valid at that point or it is currently not supported\./, '').trim()}`;
}

/**
 * Settings whose opening hours have been read: a value the library cannot read becomes null
 * (always open) and a problem naming the setting as the user wrote it (`label`) and where the
 * value stops being read.
 */
export function checkOpeningHours(settings: KioskSettings, label = 'openingHours'): { settings: KioskSettings; problem: string | null } {
  if (settings.openingHours === null) return { settings, problem: null };
  const parsed = parseOpeningHours(settings.openingHours);
  if ('schedule' in parsed) return { settings, problem: null };
  return { settings: { ...settings, openingHours: null }, problem: kioskSettingProblem('openingHours', label, settings.openingHours, parsed.error) };
}
