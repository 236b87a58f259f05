/**
 * The presenter's private look-ahead as state the view follows: where the preview is (null
 * while the speaker sees the live show). Where each move leads is presenter/look-ahead.ts.
 */
import type { Position } from '../../../shared/deck';
import { lookAheadTo, type LookAheadMove } from '../../presenter/look-ahead';

export class LookAhead {
  position: Position | null = $state(null);
  readonly #live: () => Position | null;
  readonly #stepCounts: readonly number[];

  /** `live`: where the show is as heard, read at each move. */
  constructor(live: () => Position | null, stepCounts: readonly number[]) {
    this.#live = live;
    this.#stepCounts = stepCounts;
  }

  move = (move: LookAheadMove): void => {
    this.position = lookAheadTo(this.position, this.#live(), move, this.#stepCounts);
  };
}
