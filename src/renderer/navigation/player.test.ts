import { describe, expect, it } from 'vitest';
import { clampPosition, initialState, reduce, type PlayerState } from './player';

// Three scenes of 2, 1 and 3 steps.
const counts = [2, 1, 3];
const at = (scene: number, step: number): PlayerState => ({ ...initialState(), scene, step });

describe('player state machine', () => {
  it('steps forward through steps, then into the next scene', () => {
    let state = at(0, 0);
    const visited: string[] = [];
    for (let i = 0; i < 7; i++) {
      visited.push(`${state.scene}.${state.step}`);
      state = reduce(state, { type: 'next' }, counts);
    }
    expect(visited).toEqual(['0.0', '0.1', '1.0', '2.0', '2.1', '2.2', '2.2']);
  });

  it('steps back into the previous scene at its last step', () => {
    expect(reduce(at(2, 0), { type: 'previous' }, counts)).toMatchObject({ scene: 1, step: 0 });
    expect(reduce(at(1, 0), { type: 'previous' }, counts)).toMatchObject({ scene: 0, step: 1 });
  });

  it('stays put, returning the same state, at either end', () => {
    const start = at(0, 0);
    expect(reduce(start, { type: 'previous' }, counts)).toBe(start);
    const end = at(2, 2);
    expect(reduce(end, { type: 'next' }, counts)).toBe(end);
  });

  it('goes to the first and the last step', () => {
    expect(reduce(at(1, 0), { type: 'first' }, counts)).toMatchObject({ scene: 0, step: 0 });
    expect(reduce(at(0, 0), { type: 'last' }, counts)).toMatchObject({ scene: 2, step: 2 });
  });

  it('clamps a goto into the deck', () => {
    expect(reduce(at(0, 0), { type: 'goto', scene: 2, step: 9 }, counts)).toMatchObject({ scene: 2, step: 2 });
    expect(reduce(at(0, 0), { type: 'goto', scene: 99, step: 0 }, counts)).toMatchObject({ scene: 2, step: 0 });
    expect(reduce(at(1, 0), { type: 'goto', scene: -3, step: Number.NaN }, counts)).toMatchObject({ scene: 0, step: 0 });
    expect(clampPosition(counts, { scene: 1.7, step: 4 })).toEqual({ scene: 1, step: 0 });
  });

  it('returns the same state for a goto to where it already is', () => {
    const state = at(2, 1);
    expect(reduce(state, { type: 'goto', scene: 2, step: 1 }, counts)).toBe(state);
  });

  it('toggles and sets blackout, and play and pause, without moving', () => {
    const on = reduce(at(1, 0), { type: 'blackout' }, counts);
    expect(on).toMatchObject({ scene: 1, step: 0, blackout: true });
    expect(reduce(on, { type: 'blackout' }, counts).blackout).toBe(false);
    expect(reduce(on, { type: 'blackout', on: true }, counts)).toBe(on);
    const playing = reduce(on, { type: 'play' }, counts);
    expect(playing.playing).toBe(true);
    expect(reduce(playing, { type: 'pause' }, counts).playing).toBe(false);
    expect(reduce(playing, { type: 'toggle-play' }, counts)).toMatchObject({ scene: 1, step: 0, playing: false });
    expect(reduce(on, { type: 'toggle-play' }, counts).playing).toBe(true);
  });
});
