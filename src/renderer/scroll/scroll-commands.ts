/**
 * The command vocabulary read by the scroll story: the step commands move between resting
 * places, a `goto` jumps. Blackout and autoplay have no meaning on a page being read.
 */
import type { PlayerCommand } from '../../shared/commands';
import type { Position } from '../../shared/deck';
import { clampPosition } from '../navigation/player';

export interface ScrollMove {
  position: Position;
  /** Scrolled to smoothly (a step, a journey) or at once (a jump). */
  smooth: boolean;
}

/** Where `command` takes a reader at `scrollY`, given the story's resting places in order; null: nowhere. */
export function scrollMoveFor(
  command: PlayerCommand,
  places: readonly { position: Position; scrollY: number }[],
  scrollY: number,
  stepCounts: readonly number[],
): ScrollMove | null {
  // A couple of pixels either way is still the same resting place (rounding, snapping).
  const SAME_PLACE_PX = 2;
  switch (command.type) {
    case 'next': {
      const next = places.find((candidate) => candidate.scrollY > scrollY + SAME_PLACE_PX);
      return next ? { position: next.position, smooth: true } : null;
    }
    case 'previous': {
      const previous = [...places].reverse().find((candidate) => candidate.scrollY < scrollY - SAME_PLACE_PX);
      return previous ? { position: previous.position, smooth: true } : null;
    }
    case 'first':
      return { position: { scene: 0, step: 0 }, smooth: true };
    case 'last':
      return places.length ? { position: places.at(-1)!.position, smooth: true } : null;
    case 'goto':
      // A jump, not a journey: a kiosk going back to its start should not scroll the whole story past.
      return { position: clampPosition(stepCounts, command), smooth: false };
    default:
      return null;
  }
}
