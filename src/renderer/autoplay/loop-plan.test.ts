import { describe, expect, it } from 'vitest';
import { testDeck, testScene } from '../../shared/test-deck';
import { autoplayNext, holdMs, loopPlan, loopStart } from './loop-plan';

const deck = testDeck([
  testScene('advisory', [8, 7], { advisory: true }),
  testScene('film', [8]),
  testScene('scar', [6, 7]),
  testScene('credit', [5]),
]);

/** Every position autoplay visits from `from`, for `moves` moves. */
function walk(plan: ReturnType<typeof loopPlan>['plan'] | null, from = { scene: 0, step: 0 }, moves = 12): string[] {
  const seen = [`${from.scene}/${from.step}`];
  let at = from;
  for (let move = 0; move < moves; move++) {
    const next = autoplayNext(deck, at, plan);
    if (!next) break;
    seen.push(`${next.to.scene}/${next.to.step}${next.newLoop ? ' (loop)' : ''}`);
    at = next.to;
  }
  return seen;
}

describe('autoplay order', () => {
  it('presenting: plays every step in order and stops at the end', () => {
    expect(walk(null)).toEqual(['0/0', '0/1', '1/0', '2/0', '2/1', '3/0']);
  });

  it('kiosk: the advisory, then the whole story, then again', () => {
    const { plan, problem } = loopPlan(deck, { advisory: true, startScene: null });
    expect(problem).toBeNull();
    expect(loopStart(plan)).toEqual({ scene: 0, step: 0 });
    expect(walk(plan, loopStart(plan), 8)).toEqual(['0/0', '0/1', '1/0', '2/0', '2/1', '3/0', '0/0 (loop)', '0/1', '1/0']);
  });

  it('kiosk with the advisory off never shows it, even when reached by hand', () => {
    const { plan } = loopPlan(deck, { advisory: false, startScene: null });
    expect(loopStart(plan)).toEqual({ scene: 1, step: 0 });
    expect(walk(plan, loopStart(plan), 5)).toEqual(['1/0', '2/0', '2/1', '3/0', '1/0 (loop)', '2/0']);
  });

  it('kiosk with a start scene: the advisory leads into it, and each loop starts there', () => {
    const { plan } = loopPlan(deck, { advisory: true, startScene: 'scar' });
    expect(walk(plan, loopStart(plan), 6)).toEqual(['0/0', '0/1', '2/0', '2/1', '3/0', '0/0 (loop)', '0/1']);
  });

  it('an unknown or advisory start scene is reported and the story starts at its beginning', () => {
    expect(loopPlan(deck, { advisory: true, startScene: 'nowhere' })).toEqual({
      plan: { advisory: 0, start: 1 },
      problem: 'Kiosk start scene “nowhere” is not a scene of this story; starting at “film”.',
    });
    expect(loopPlan(deck, { advisory: true, startScene: 'advisory' }).problem).toMatch(/advisory/);
  });

  it('holds each step for its planned seconds, at least one second', () => {
    expect(holdMs(deck, { scene: 2, step: 1 })).toBe(7000);
    expect(holdMs(testDeck([testScene('zero', [0])]), { scene: 0, step: 0 })).toBe(1000);
  });
});
