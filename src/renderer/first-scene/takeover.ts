/**
 * The renderer's side of the first scene painted before its scripts (painted-first-scene.ts):
 * whether this page has it, and taking it down once the show's own copy is laid out beneath.
 */
import { opensOnFirstScene, PAINTED_ID } from './painted-first-scene';

export interface PaintedFirstScene {
  /** Removes the painted copy: the show's own, identical, is what is seen from then on. */
  release(): void;
}

/** The painted first scene, when this page has one and opens on it; null otherwise (a page built by the dev server has none). */
export function paintedFirstScene(target: Window): PaintedFirstScene | null {
  const painted = target.document.getElementById(PAINTED_ID);
  if (!painted) return null;
  if (!opensOnFirstScene(target.location.search, target.location.hash, painted.dataset.sceneId ?? '')) {
    painted.remove();
    return null;
  }
  // From now on the copy is only a picture: the show beneath is what a reader and a pointer reach.
  painted.setAttribute('aria-hidden', 'true');
  painted.inert = true;
  return { release: () => painted.remove() };
}
