import { describe, expect, it } from 'vitest';
import { deck } from '../../e2e/deck.ts';
import { revealTransitionsToPlay, transitionsToPlay } from './transitions.ts';

describe('transitionsToPlay', () => {
  const steps = deck.scenes.reduce((sum, scene) => sum + scene.steps.length, 0);

  it('plays every step of the deck, each from the place before it', () => {
    const plan = transitionsToPlay(deck, false);
    expect(plan).toHaveLength(steps - 1);
    expect(plan[0]).toEqual({ from: { scene: deck.scenes[0]!.id, step: 0 }, to: deck.scenes[0]!.steps.length > 1 ? { scene: deck.scenes[0]!.id, step: 1 } : { scene: deck.scenes[1]!.id, step: 0 } });
    expect(plan.at(-1)!.to).toEqual({ scene: deck.scenes.at(-1)!.id, step: deck.scenes.at(-1)!.steps.length - 1 });
  });

  it('plays only the scene changes when quick, from each scene’s last step', () => {
    const plan = transitionsToPlay(deck, true);
    expect(plan).toHaveLength(deck.scenes.length - 1);
    plan.forEach(({ from, to }, index) => {
      expect(from).toEqual({ scene: deck.scenes[index]!.id, step: deck.scenes[index]!.steps.length - 1 });
      expect(to).toEqual({ scene: deck.scenes[index + 1]!.id, step: 0 });
    });
  });
});

describe('revealTransitionsToPlay', () => {
  it('goes to every slide after the first, in order', () => {
    expect(revealTransitionsToPlay(4, null)).toEqual([1, 2, 3]);
  });

  it('goes no further than the limit when one is given (--quick), from the start', () => {
    expect(revealTransitionsToPlay(30, 13)).toEqual(Array.from({ length: 13 }, (_, index) => index + 1));
    expect(revealTransitionsToPlay(3, 13)).toEqual([1, 2]);
  });

  it('has nothing to play in a deck of one slide or none', () => {
    expect(revealTransitionsToPlay(1, null)).toEqual([]);
    expect(revealTransitionsToPlay(0, 5)).toEqual([]);
  });
});
