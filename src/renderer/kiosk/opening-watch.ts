/**
 * Follows the opening hours in the page: says at once whether the kiosk is open, then again
 * at each opening and closing (checked at least every minute, so a clock set forward or a
 * machine woken from sleep is caught up).
 */
import { kioskSettingProblem } from '../../shared/kiosk-settings';
import type { OpeningSchedule } from '../../shared/opening-hours';

const RECHECK_MS = 60_000;

export function watchOpening(schedule: OpeningSchedule, onChange: (open: boolean, nextChange: Date | null) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let open: boolean | null = null;
  const check = () => {
    const now = new Date();
    const isOpen = schedule.isOpen(now);
    const next = schedule.nextChange(now);
    if (isOpen !== open) {
      open = isOpen;
      onChange(isOpen, next);
    }
    const untilChange = next ? next.getTime() - now.getTime() : Number.POSITIVE_INFINITY;
    timer = setTimeout(check, Math.max(0, Math.min(RECHECK_MS, untilChange)));
  };
  check();
  return () => clearTimeout(timer);
}

/** The schedule for the kiosk's hours, loaded only when hours are set: the library is large, and most pages never need it. */
export async function loadSchedule(hours: string | null, onProblem: (problem: string) => void): Promise<OpeningSchedule | null> {
  if (hours === null) return null;
  const { parseOpeningHours } = await import('../../shared/opening-hours');
  const parsed = parseOpeningHours(hours);
  if ('schedule' in parsed) return parsed.schedule;
  // Named as the query names it: the page only ever gets its hours from there.
  onProblem(kioskSettingProblem('openingHours', 'hours', hours, parsed.error));
  return null;
}
