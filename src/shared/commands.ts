/**
 * Commands that move the show. Keys, touch, the URL, the presenter window and the
 * autoplay clock all speak this one vocabulary; only the navigator that owns the show
 * interprets it (the player, or the scroll story's navigator).
 */
export type PlayerCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; scene: number; step: number }
  | { type: 'blackout'; on?: boolean }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggle-play' };
