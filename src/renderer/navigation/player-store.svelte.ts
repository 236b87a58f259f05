/**
 * The navigator that owns the show (the audience view): the pure state machine in
 * player.ts held in Svelte state, so views follow it, with how the last command moved it.
 */
import type { PlayerCommand } from '../../shared/commands';
import type { Position } from '../../shared/deck';
import { travel, type Arrival, type Movement, type Navigator } from './navigator';
import { initialState, reduce, type PlayerState } from './player';

export class PlayerStore implements Navigator {
  state: PlayerState = $state(initialState());
  movement: Movement = $state('none');
  arrival: Arrival = $state('forward');
  readonly #stepCounts: readonly number[];

  constructor(stepCounts: readonly number[], start: Position) {
    this.#stepCounts = stepCounts;
    this.state = reduce(initialState(), { type: 'goto', ...start }, stepCounts);
  }

  dispatch = (command: PlayerCommand): void => {
    const before = this.state;
    const after = reduce(before, command, this.#stepCounts);
    if (after === before) return;
    const moved = travel(before, after, this.arrival);
    this.movement = moved.movement;
    this.arrival = moved.arrival;
    this.state = after;
  };
}
