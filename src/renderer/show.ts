/**
 * Builds a show for this page: the player at the place the URL names, the motion
 * setting, and any notices about what was asked. Runs once per page load.
 */
import { stepCounts, type Deck } from '../shared/deck';
import type { ShowConfig } from './config';
import { systemPrefersReducedMotion } from './motion/motion';
import { Notices } from './notices.svelte';
import { PlayerStore } from './player/player-store.svelte';
import { startingPosition } from './player/url-sync';

export interface Show {
  player: PlayerStore;
  notices: Notices;
  reducedMotion: boolean;
}

export function createShow(deck: Deck, config: ShowConfig, target: Window): Show {
  const start = startingPosition(target, deck);
  const notices = new Notices(config.notices);
  if (start.notice) notices.add(start.notice);
  if (config.view === 'overview') {
    notices.add(`The ${config.view} view is not available in this version. Showing the audience view.`);
  }
  return {
    player: new PlayerStore(stepCounts(deck), start.position),
    notices,
    reducedMotion: config.forceReducedMotion || systemPrefersReducedMotion(),
  };
}
