/**
 * The seam every view moves the show through: where the show is, how it last moved, and
 * `dispatch` for the one command vocabulary. Three navigators stand behind it: the player
 * that owns the show (player-store), the presenter's remote one (state heard over the sync
 * link, commands sent back) and the scroll story's (the scroll is the show's position).
 * How a move looks is worked out here, once, for all three.
 */
import type { PlayerCommand } from '../../shared/commands';
import type { Position } from '../../shared/deck';
import type { PlayerState } from './player';

/** How the last move went within a scene: scenes tween forward, reverse, or seek. */
export type Movement = 'none' | 'step-forward' | 'step-back' | 'jump';

/** Which way the show came into the scene it is in: forwards plays the entrance; backwards lands at once. */
export type Arrival = 'forward' | 'backward';

export interface Navigator {
  /** Where the show is, or null while it is not known yet (a presenter before the show answers). */
  readonly state: PlayerState | null;
  readonly movement: Movement;
  readonly arrival: Arrival;
  dispatch(command: PlayerCommand): void;
}

export interface Travel {
  movement: Movement;
  arrival: Arrival;
  /** The move went on in the talk (a later step or scene): a presenter's timer starts with the first. */
  forward: boolean;
}

/**
 * How a move from `from` to `to` looks. `arrival` is the current one, kept while the scene
 * stays the same. From nowhere (the first position heard) is a jump.
 */
export function travel(from: Position | null, to: Position, arrival: Arrival): Travel {
  if (from === null) return { movement: 'jump', arrival, forward: false };
  const forward = to.scene > from.scene || (to.scene === from.scene && to.step > from.step);
  if (to.scene !== from.scene) return { movement: 'jump', arrival: forward ? 'forward' : 'backward', forward };
  if (to.step === from.step) return { movement: 'none', arrival, forward };
  if (to.step === from.step + 1) return { movement: 'step-forward', arrival, forward };
  if (to.step === from.step - 1) return { movement: 'step-back', arrival, forward };
  return { movement: 'jump', arrival, forward };
}
