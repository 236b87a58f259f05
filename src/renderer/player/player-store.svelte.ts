/**
 * The live player: the pure state machine in player.ts held in Svelte state, so views
 * follow it, with how the last command moved us (scenes tween, reverse or seek by it).
 */
import type { PlayerCommand } from '../../shared/commands';
import type { Position } from '../../shared/deck';
import { initialState, movementBetween, reduce, type Movement, type PlayerState } from './player';

export class PlayerStore {
  state: PlayerState = $state(initialState());
  movement: Movement = $state('none');
  /** Which way the last scene change went: a scene entered backwards lands on its last step at once. */
  sceneDirection: 'forward' | 'backward' = $state('forward');
  readonly #stepCounts: readonly number[];

  constructor(stepCounts: readonly number[], start: Position) {
    this.#stepCounts = stepCounts;
    this.state = reduce(initialState(), { type: 'goto', ...start }, stepCounts);
  }

  get stepCounts(): readonly number[] {
    return this.#stepCounts;
  }

  dispatch = (command: PlayerCommand): void => {
    const before = this.state;
    const after = reduce(before, command, this.#stepCounts);
    if (after === before) return;
    this.movement = movementBetween(before, after);
    if (after.scene !== before.scene) this.sceneDirection = after.scene < before.scene ? 'backward' : 'forward';
    this.state = after;
  };
}
