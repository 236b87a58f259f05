import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlayerCommand } from '../../shared/commands';
import { stepCounts } from '../../shared/deck';
import { testDeck, testScene } from '../../shared/test-deck';
import { initialState, reduce, type PlayerState } from '../navigation/player';
import { AutoplayClock } from './autoplay-clock';
import { loopPlan } from './loop-plan';

const deck = testDeck([testScene('advisory', [2], { advisory: true }), testScene('a', [3, 4]), testScene('b', [5])]);

/** A player driven by the clock, as the audience view wires it. */
function rig(plan: ReturnType<typeof loopPlan>['plan'] | null) {
  let state: PlayerState = initialState();
  const loops: number[] = [];
  const clock = new AutoplayClock(deck, {
    plan,
    dispatch: (command: PlayerCommand) => {
      const next = reduce(state, command, stepCounts(deck));
      if (next === state) return;
      state = next;
      clock.update(state);
    },
    onLoop: (loop) => loops.push(loop),
  });
  return {
    clock,
    loops,
    get state() {
      return state;
    },
    send(command: PlayerCommand) {
      const next = reduce(state, command, stepCounts(deck));
      state = next;
      clock.update(state);
    },
  };
}

describe('autoplay clock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds each step for its planned time, then moves on; stops at the end when not looping', () => {
    const show = rig(null);
    show.send({ type: 'play' });
    vi.advanceTimersByTime(1999);
    expect(show.state).toMatchObject({ scene: 0, step: 0 });
    vi.advanceTimersByTime(1);
    expect(show.state).toMatchObject({ scene: 1, step: 0 });
    vi.advanceTimersByTime(3000);
    expect(show.state).toMatchObject({ scene: 1, step: 1 });
    vi.advanceTimersByTime(4000 + 5000);
    expect(show.state).toMatchObject({ scene: 2, step: 0, playing: false });
    expect(show.clock.leftMs()).toBeNull();
  });

  it('loops in a kiosk and counts the loops', () => {
    const show = rig(loopPlan(deck, { advisory: true, startScene: null }).plan);
    show.send({ type: 'play' });
    const loop = 2000 + 3000 + 4000 + 5000;
    vi.advanceTimersByTime(loop * 3);
    expect(show.state).toMatchObject({ scene: 0, step: 0, playing: true });
    expect(show.loops).toEqual([2, 3, 4]);
  });

  it('restarts the hold when the show is moved by hand, and stops when paused or blacked out', () => {
    const show = rig(null);
    show.send({ type: 'play' });
    vi.advanceTimersByTime(1500);
    show.send({ type: 'goto', scene: 1, step: 0 });
    vi.advanceTimersByTime(2999);
    expect(show.state).toMatchObject({ scene: 1, step: 0 });
    expect(show.clock.leftMs()).toBeCloseTo(1, 0);
    show.send({ type: 'pause' });
    vi.advanceTimersByTime(60_000);
    expect(show.state).toMatchObject({ scene: 1, step: 0 });
    expect(show.clock.leftMs()).toBeNull();
    show.send({ type: 'play' });
    show.send({ type: 'blackout', on: true });
    vi.advanceTimersByTime(60_000);
    expect(show.state).toMatchObject({ scene: 1, step: 0, playing: true, blackout: true });
  });
});
