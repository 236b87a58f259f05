/**
 * The scroll story's navigator: the scroll is the show's position. The story tells it where
 * the reader has come to (`follow`); commands (keys, a presenter window, a kiosk) scroll the
 * page, and the scroll then moves the show. Never playing, never black: a page being read.
 */
import type { PlayerCommand } from '../../shared/commands';
import type { Position } from '../../shared/deck';
import { scrollMoveFor } from '../scroll/scroll-commands';
import { travel, type Arrival, type Movement, type Navigator } from './navigator';
import type { PlayerState } from './player';

/** What the navigator asks of the story's page. */
export interface ScrollSurface {
  /** The resting places in order, as laid out now. */
  restingPlaces(): { position: Position; scrollY: number }[];
  scrollY(): number;
  scrollTo(position: Position, smooth: boolean): void;
}

export class ScrollNavigator implements Navigator {
  /** Null until the story has scrolled to where it opened. */
  state: PlayerState | null = $state(null);
  movement: Movement = $state('none');
  arrival: Arrival = $state('forward');
  readonly #surface: ScrollSurface;
  readonly #stepCounts: readonly number[];

  constructor(stepCounts: readonly number[], surface: ScrollSurface) {
    this.#stepCounts = stepCounts;
    this.#surface = surface;
  }

  /** The reader has come to `place`. */
  follow(place: Position): void {
    const before = this.state;
    if (before && before.scene === place.scene && before.step === place.step) return;
    const moved = travel(before, place, this.arrival);
    this.movement = moved.movement;
    this.arrival = moved.arrival;
    this.state = { scene: place.scene, step: place.step, playing: false, blackout: false };
  }

  dispatch = (command: PlayerCommand): void => {
    const move = scrollMoveFor(command, this.#surface.restingPlaces(), this.#surface.scrollY(), this.#stepCounts);
    if (move) this.#surface.scrollTo(move.position, move.smooth);
  };
}
