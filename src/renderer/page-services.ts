/**
 * What a view may need, each built on its own, so the view table in main.ts gives a view
 * only what it uses: the notices, the motion setting, the player at the place the URL
 * names, the kiosk's loop and host, the sync link. Each runs once per page load.
 */
import { stepCounts, type Deck } from '../shared/deck';
import type { WindowRole } from '../shared/sync';
import type { ShowConfig } from './config';
import { startingPosition } from './controls/url-sync';
import type { Kiosk } from './kiosk/kiosk-setup';
import { systemPrefersReducedMotion } from './motion/motion';
import { reducedMotionSetting } from './motion/motion-setting';
import { PlayerStore } from './navigation/player-store.svelte';
import { Notices } from './notices.svelte';
import { createSyncTransport, newSenderId } from './platform/sync-transport';
import { useLanguage } from './strings';
import type { RelayShow } from './sync/relay-show';
import { SyncLink } from './sync/sync-link';

/** What was asked for and could not be done, for the person at the screen. Call first: it sets the kiosk's language. */
export function pageNotices(config: ShowConfig): Notices {
  if (config.kiosk) useLanguage(config.kioskSettings.language);
  // A kiosk's problems go to its log (kioskFor): nobody may be there to read them on screen for weeks.
  return new Notices(config.kiosk ? [] : config.notices);
}

/** Reduced motion, from the query, the app's own setting or the system; marked on the page. */
export function reducedMotionFor(config: ShowConfig, target: Window): boolean {
  const reduced = config.forceReducedMotion || reducedMotionSetting() || systemPrefersReducedMotion();
  if (reduced) target.document.documentElement.dataset.motion = 'reduced';
  return reduced;
}

/** The player that owns the show, at the place the URL names (written back canonical), playing if asked. */
export function playerFor(deck: Deck, config: ShowConfig, target: Window, notices: Notices): PlayerStore {
  const start = startingPosition(target, deck);
  if (start.notice) notices.add(start.notice);
  const player = new PlayerStore(stepCounts(deck), start.position);
  if (config.mode === 'autoplay') player.dispatch({ type: 'play' });
  return player;
}

/** The kiosk's loop and host, or null when this page is not a kiosk (which then loads none of the kiosk's code). Its staff: the web build's relay, or in the app main. */
export async function kioskIfAsked(deck: Deck, config: ShowConfig, target: Window, relay: RelayShow | null = null): Promise<Kiosk | null> {
  if (!config.kiosk) return null;
  const [{ kioskFor }, { hostStaffLine }] = await Promise.all([import('./kiosk/kiosk-setup'), import('./kiosk/host-staff-line')]);
  return kioskFor(deck, config, target, relay?.staff ?? hostStaffLine(target));
}

/** This window's end of the sync between the window that owns the show and presenter windows. */
export function syncLinkAs(role: WindowRole): SyncLink {
  return new SyncLink(createSyncTransport(), role, newSenderId());
}

/**
 * The sync link of the page that owns the show; with the phone remote's key (`relay`), the
 * relay is one more transport into it: a paired phone is one more presenter window.
 */
export async function showLink(config: ShowConfig): Promise<{ link: SyncLink; relay: RelayShow | null }> {
  if (!config.relay) return { link: new SyncLink(createSyncTransport(), 'audience', newSenderId()), relay: null };
  // The relay's code (its socket and frame checks) loads only on a page with the remote's key.
  const { bothTransports, relayShow } = await import('./sync/relay-show');
  const relay = relayShow(config.relay);
  return { link: new SyncLink(bothTransports(createSyncTransport(), relay.transport), 'audience', newSenderId()), relay };
}
