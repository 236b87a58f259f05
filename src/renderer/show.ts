/**
 * Builds a show for this page: the player at the place the URL names, the motion
 * setting, autoplay and the kiosk's loop when asked for, and any notices about what was
 * asked. Runs once per page load.
 */
import { stepCounts, type Deck } from '../shared/deck';
import type { KioskSettings } from '../shared/kiosk-settings';
import { loopPlan, type LoopPlan } from './autoplay/loop-plan';
import type { ShowConfig } from './config';
import { kioskHost, type KioskHost } from './kiosk/kiosk-host';
import { systemPrefersReducedMotion } from './motion/motion';
import { reducedMotionSetting } from './motion/motion-setting';
import { Notices } from './notices.svelte';
import { PlayerStore } from './player/player-store.svelte';
import { startingPosition } from './player/url-sync';
import { ui, useLanguage } from './strings';

export interface KioskShow {
  settings: KioskSettings;
  plan: LoopPlan;
  host: KioskHost;
  /** True when leaving asks for a PIN. */
  pinRequired: boolean;
}

export interface Show {
  player: PlayerStore;
  notices: Notices;
  reducedMotion: boolean;
  /** The kiosk's loop and host, or null when this is not a kiosk. */
  kiosk: KioskShow | null;
}

export function createShow(deck: Deck, config: ShowConfig, target: Window): Show {
  // First: the notices below are in the kiosk's language.
  if (config.kiosk) useLanguage(config.kioskSettings.language);
  const start = startingPosition(target, deck);
  // A kiosk's problems go to its log (kioskShow): nobody may be there to read them on screen for weeks.
  const notices = new Notices(config.kiosk ? [] : config.notices);
  if (start.notice) notices.add(start.notice);
  if (config.view === 'overview') {
    notices.add(ui().query.viewUnavailable(config.view));
  }
  const player = new PlayerStore(stepCounts(deck), start.position);
  if (config.mode === 'autoplay') player.dispatch({ type: 'play' });
  const reducedMotion = config.forceReducedMotion || reducedMotionSetting() || systemPrefersReducedMotion();
  if (reducedMotion) target.document.documentElement.dataset.motion = 'reduced';
  return { player, notices, reducedMotion, kiosk: config.kiosk ? kioskShow(deck, config, target) : null };
}

function kioskShow(deck: Deck, config: ShowConfig, target: Window): KioskShow {
  const settings = config.kioskSettings;
  const host = kioskHost(target, config.pinCheckedByHost ? null : settings.pin);
  // Nobody may be there to read a notice: what was wrong goes to the kiosk log instead.
  for (const problem of config.notices) host.report({ event: 'settings-problem', detail: problem });
  const { plan, problem } = loopPlan(deck, settings);
  if (problem) host.report({ event: 'settings-problem', detail: problem });
  return { settings, plan, host, pinRequired: config.pinCheckedByHost || settings.pin !== null };
}
