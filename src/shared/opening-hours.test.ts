import { afterEach, describe, expect, it } from 'vitest';
import { parseOpeningHours, type OpeningSchedule } from './opening-hours.ts';

/** The machine's zone (shared code is typed without Node; its tests run in Node). */
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;

const HOURS = 'Mo-Fr 09:00-18:00; Sa 10:00-16:00';

function schedule(text: string): OpeningSchedule {
  const parsed = parseOpeningHours(text);
  if (!('schedule' in parsed)) throw new Error(parsed.error);
  return parsed.schedule;
}

/** A local time, as the kiosk's machine reads its clock: 2026-12-07 is a Monday. */
const local = (day: number, hour: number, minute = 0) => new Date(2026, 11, day, hour, minute);

describe('the opening hours schedule', () => {
  const originalZone = env.TZ;
  afterEach(() => {
    env.TZ = originalZone;
  });

  it('is open or closed at a given time', () => {
    const hours = schedule(HOURS);
    expect(hours.isOpen(local(7, 8, 59))).toBe(false);
    expect(hours.isOpen(local(7, 9, 0))).toBe(true);
    expect(hours.isOpen(local(7, 17, 59))).toBe(true);
    expect(hours.isOpen(local(7, 18, 0))).toBe(false);
    expect(hours.isOpen(local(12, 12))).toBe(true); // Saturday
    expect(hours.isOpen(local(12, 16, 30))).toBe(false);
    expect(hours.isOpen(local(13, 12))).toBe(false); // Sunday
  });

  it('gives the next change across a week: Friday evening to Saturday morning, Saturday afternoon to Monday', () => {
    const hours = schedule(HOURS);
    expect(hours.nextChange(local(7, 8))).toEqual(local(7, 9));
    expect(hours.nextChange(local(7, 9))).toEqual(local(7, 18));
    expect(hours.nextChange(local(11, 18, 30))).toEqual(local(12, 10));
    expect(hours.nextChange(local(12, 16))).toEqual(local(14, 9));
    expect(hours.nextChange(local(13, 23, 59))).toEqual(local(14, 9));
  });

  it('reads the machine’s local time: the same instant is open in Seoul and closed in Brussels', () => {
    const instant = new Date('2026-12-07T01:30:00Z'); // Monday 10:30 in Seoul, 02:30 in Brussels
    env.TZ = 'Asia/Seoul';
    expect(schedule(HOURS).isOpen(instant)).toBe(true);
    expect(schedule(HOURS).nextChange(instant)).toEqual(new Date('2026-12-07T09:00:00Z')); // 18:00 in Seoul
    env.TZ = 'Europe/Brussels';
    expect(schedule(HOURS).isOpen(instant)).toBe(false);
    expect(schedule(HOURS).nextChange(instant)).toEqual(new Date('2026-12-07T08:00:00Z')); // 09:00 in Brussels
  });

  it('has no next change when always open', () => {
    expect(schedule('24/7').isOpen(local(7, 3))).toBe(true);
    expect(schedule('24/7').nextChange(local(7, 3))).toBeNull();
  });

  it('says where a bad value stops being read', () => {
    expect(parseOpeningHours('Mo-Fx 09:00-18:00')).toEqual({ error: 'at character 5: Unexpected token: "-"' });
    expect(parseOpeningHours('garbage')).toEqual({ error: 'at character 3: Unexpected token: "g"' });
  });
});
