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
import { kioskHost, type KioskHost } from './kiosk-host';
import { loadSchedule } from './opening-watch';

export interface Kiosk {
  settings: KioskSettings;
  plan: LoopPlan;
  host: KioskHost;
  /** True when leaving asks for a PIN. */
  pinRequired: boolean;
  /** The opening hours, loaded when set; null: always open (none set, or a value that cannot be read, which is logged). */
  schedule: Promise<OpeningSchedule | null>;
}

export function kioskFor(deck: Deck, config: ShowConfig, target: Window): Kiosk {
  const settings = config.kioskSettings;
  const host = kioskHost(target, config.pinCheckedByHost ? null : settings.pin);
  for (const problem of config.notices) host.report({ event: 'settings-problem', detail: problem });
  const { plan, problem } = loopPlan(deck, settings);
  if (problem) host.report({ event: 'settings-problem', detail: problem });
  const schedule = loadSchedule(settings.openingHours, (problem) => host.report({ event: 'settings-problem', detail: problem }));
  return { settings, plan, host, pinRequired: config.pinCheckedByHost || settings.pin !== null, schedule };
}
