/**
 * A page run as a kiosk: its settings, its loop, its host, and whether leaving asks for a PIN.
 * What was wrong with the settings goes to the kiosk's log: nobody may be there to read a
 * notice on screen.
 */
import type { Deck } from '../../shared/deck';
import type { KioskSettings } from '../../shared/kiosk-settings';
import { loopPlan, type LoopPlan } from '../autoplay/loop-plan';
import type { ShowConfig } from '../config';
import type { OpeningSchedule } from '../../shared/opening-hours';
import type { StaffLine } from '../sync/relay-show';
import { kioskHost, type KioskHost } from './kiosk-host';
import { loadSchedule } from './opening-watch';
import { StaffDesk } from './staff-desk';

export interface Kiosk {
  settings: KioskSettings;
  plan: LoopPlan;
  host: KioskHost;
  /** True when leaving asks for a PIN. */
  pinRequired: boolean;
  /** The opening hours, loaded when set; null: always open (none set, or a value that cannot be read, which is logged). */
  schedule: Promise<OpeningSchedule | null>;
  /** Staff at the phone console (through the phone remote's relay), or null: none can reach this kiosk. */
  staff: { line: StaffLine; desk: StaffDesk } | null;
}

export function kioskFor(deck: Deck, config: ShowConfig, target: Window, staffLine: StaffLine | null = null): Kiosk {
  const settings = config.kioskSettings;
  const ownHost = kioskHost(target, config.pinCheckedByHost ? null : settings.pin);
  const staff = staffLine ? { line: staffLine, desk: new StaffDesk() } : null;
  // What the kiosk tells its host, the staff's desk learns too: in a browser it is the only record.
  const host: KioskHost = staff ? { ...ownHost, report: (entry) => (staff.desk.note(entry, new Date()), ownHost.report(entry)) } : ownHost;
  if (staff) {
    target.addEventListener('error', (event) => staff.desk.error(event.message, new Date()));
    target.addEventListener('unhandledrejection', (event) => staff.desk.error(String(event.reason), new Date()));
  }
  for (const problem of config.notices) host.report({ event: 'settings-problem', detail: problem });
  const { plan, problem } = loopPlan(deck, settings);
  if (problem) host.report({ event: 'settings-problem', detail: problem });
  const schedule = loadSchedule(settings.openingHours, (problem) => host.report({ event: 'settings-problem', detail: problem }));
  return { settings, plan, host, pinRequired: config.pinCheckedByHost || settings.pin !== null, schedule, staff };
}
