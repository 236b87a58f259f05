/**
 * The pages of a printed deck, in order: a title page, then each scene at its final
 * state (or each step, with `steps`), each followed by its notes page (with `notes`);
 * or, as a handout, a few scenes per page with their notes beside them.
 *
 * A scene whose text is cleared part-way (a step with `clear`) has more than one final
 * state: it prints one page for each, so no sentence of the article is left out.
 */
import type { Deck, Scene } from './deck.ts';

/** The steps at which each of a scene's text pages is fullest: before each clearing step, and the last. */
export function fullestSteps(scene: Scene): number[] {
  return scene.steps.map((_, step) => step).filter((step) => step === scene.steps.length - 1 || scene.steps[step + 1]!.clear);
}

export type PrintPage =
  | { kind: 'title' }
  | { kind: 'step'; scene: number; step: number }
  | { kind: 'notes'; scene: number }
  | { kind: 'handout'; scenes: number[] };

export interface PrintOptions {
  steps: boolean;
  notes: boolean;
  handout: boolean;
}

export const HANDOUT_SCENES_PER_PAGE = 3;

export function printPages(deck: Deck, options: PrintOptions): PrintPage[] {
  const pages: PrintPage[] = [{ kind: 'title' }];
  if (options.handout) {
    for (let first = 0; first < deck.scenes.length; first += HANDOUT_SCENES_PER_PAGE) {
      pages.push({ kind: 'handout', scenes: deck.scenes.slice(first, first + HANDOUT_SCENES_PER_PAGE).map((_, offset) => first + offset) });
    }
    return pages;
  }
  deck.scenes.forEach((scene, sceneIndex) => {
    const steps = options.steps ? scene.steps.map((_, step) => step) : fullestSteps(scene);
    for (const step of steps) pages.push({ kind: 'step', scene: sceneIndex, step });
    if (options.notes) pages.push({ kind: 'notes', scene: sceneIndex });
  });
  return pages;
}
