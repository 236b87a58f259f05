/**
 * The presenter's private look-ahead: a place in the deck the speaker browses while the room
 * stays where it is. Pure: where a move takes the preview, from where it is, or from the live
 * place when it is not open. The show's own rule (player.ts's `reduce`) says what next and
 * previous mean, so the preview walks the deck exactly as the show would.
 */
import type { Position } from '../../shared/deck';
import { initialState, reduce } from '../navigation/player';

/** `ahead` and `back` walk a step; `live` closes the preview. */
export type LookAheadMove = 'ahead' | 'back' | 'live';

/** The preview's place after `move`, or null for "closed: the speaker sees the live show". */
export function lookAheadTo(preview: Position | null, live: Position | null, move: LookAheadMove, stepCounts: readonly number[]): Position | null {
  if (move === 'live') return null;
  const from = preview ?? live;
  if (!from) return null;
  const moved = reduce(initialState(from), { type: move === 'ahead' ? 'next' : 'previous' }, stepCounts);
  return { scene: moved.scene, step: moved.step };
}
