/**
 * The show's state machine: where we are (scene, step), whether autoplay is running,
 * and whether the screen is blacked out. Pure: every driver sends a PlayerCommand
 * and gets the next state back, so the rules live in one place and are tested alone.
 */
import type { PlayerCommand } from '../../shared/commands';
import type { Position } from '../../shared/deck';

export interface PlayerState extends Position {
  playing: boolean;
  blackout: boolean;
}

export function initialState(position: Position = { scene: 0, step: 0 }): PlayerState {
  return { ...position, playing: false, blackout: false };
}

/** Clamps a position into the deck: scene, then step within that scene. */
export function clampPosition(stepCounts: readonly number[], position: Position): Position {
  const scene = clampIndex(position.scene, stepCounts.length);
  return { scene, step: clampIndex(position.step, stepCounts[scene] ?? 1) };
}

export function reduce(state: PlayerState, command: PlayerCommand, stepCounts: readonly number[]): PlayerState {
  const lastScene = stepCounts.length - 1;
  const lastStepOf = (scene: number) => (stepCounts[scene] ?? 1) - 1;
  switch (command.type) {
    case 'next':
      if (state.step < lastStepOf(state.scene)) return { ...state, step: state.step + 1 };
      if (state.scene < lastScene) return { ...state, scene: state.scene + 1, step: 0 };
      return state;
    case 'previous':
      if (state.step > 0) return { ...state, step: state.step - 1 };
      if (state.scene > 0) return { ...state, scene: state.scene - 1, step: lastStepOf(state.scene - 1) };
      return state;
    case 'first':
      return { ...state, scene: 0, step: 0 };
    case 'last':
      return { ...state, scene: lastScene, step: lastStepOf(lastScene) };
    case 'goto': {
      const target = clampPosition(stepCounts, command);
      return target.scene === state.scene && target.step === state.step ? state : { ...state, ...target };
    }
    case 'blackout': {
      const blackout = command.on ?? !state.blackout;
      return blackout === state.blackout ? state : { ...state, blackout };
    }
    case 'play':
      return state.playing ? state : { ...state, playing: true };
    case 'pause':
      return state.playing ? { ...state, playing: false } : state;
    case 'toggle-play':
      return { ...state, playing: !state.playing };
  }
}

function clampIndex(value: number, count: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(Math.max(0, Math.trunc(value)), Math.max(0, count - 1));
}
