/**
 * Where autoplay goes after each step. Presenting, it plays to the end and stops. In a
 * kiosk it loops: the content advisory (when on) before every loop, then the story from
 * its start scene to the end, then again. Pure, so the order is tested without a clock.
 */
import type { Deck, Position } from '../../shared/deck';

export interface LoopPlan {
  /** Scene index of the content advisory that opens every loop, or null when it is off. */
  advisory: number | null;
  /** Scene index where the story starts after the advisory. */
  start: number;
}

/** The loop for a kiosk. `startScene` is a scene id (null: the first scene after the advisory). */
export function loopPlan(deck: Deck, options: { advisory: boolean; startScene: string | null }): { plan: LoopPlan; problem: string | null } {
  const advisoryIndex = deck.scenes.findIndex((scene) => scene.advisory);
  const firstStory = deck.scenes.findIndex((scene) => !scene.advisory);
  const fallback = Math.max(0, firstStory);
  let start = fallback;
  let problem: string | null = null;
  if (options.startScene !== null) {
    const index = deck.scenes.findIndex((scene) => scene.id === options.startScene);
    if (index < 0 || deck.scenes[index]!.advisory) {
      problem = `Kiosk start scene “${options.startScene}” is not a scene of this story; starting at “${deck.scenes[fallback]?.id}”.`;
    } else {
      start = index;
    }
  }
  return { plan: { advisory: options.advisory && advisoryIndex >= 0 ? advisoryIndex : null, start }, problem };
}

export function loopStart(plan: LoopPlan): Position {
  return { scene: plan.advisory ?? plan.start, step: 0 };
}

/**
 * The position autoplay moves to after `at`, and whether that begins a new loop.
 * Null when the show has played to its end and does not loop.
 */
export function autoplayNext(deck: Deck, at: Position, plan: LoopPlan | null): { to: Position; newLoop: boolean } | null {
  const scene = deck.scenes[at.scene];
  if (!scene) return null;
  if (at.step < scene.steps.length - 1) return { to: { scene: at.scene, step: at.step + 1 }, newLoop: false };
  if (plan && at.scene === plan.advisory) return { to: { scene: plan.start, step: 0 }, newLoop: false };
  for (let next = at.scene + 1; next < deck.scenes.length; next++) {
    // A kiosk with the advisory off never shows it; elsewhere the deck plays in order.
    if (plan && deck.scenes[next]!.advisory) continue;
    return { to: { scene: next, step: 0 }, newLoop: false };
  }
  return plan ? { to: loopStart(plan), newLoop: true } : null;
}

/** How long autoplay holds a step: its planned seconds, never less than a second. */
export function holdMs(deck: Deck, at: Position): number {
  const seconds = deck.scenes[at.scene]?.steps[at.step]?.seconds ?? 0;
  return Math.max(1, seconds) * 1000;
}
