/**
 * Where everything is in the scroll story, worked out from the viewport height alone:
 * each scene is a chapter whose visual stays pinned while its steps scroll past, one
 * `stepDistance` of scrolling per step. Within a step's stretch the first half plays the
 * step's entrance and the rest holds it, so a reader can stop and read; the middle of the
 * hold is the step's resting place (snapping and deep links land there).
 *
 * Nothing here reads layout: the page sets the chapters' heights from these numbers, so
 * the scroll handler only reads scrollY and does arithmetic.
 */
import type { Position } from '../../shared/deck';

/** Of a step's stretch, the part that plays its entrance; the rest holds it. */
export const ENTRANCE_SHARE = 0.5;
/** Where in its stretch a step rests: the middle of the hold. */
export const REST_SHARE = 0.75;

export interface StoryGeometry {
  viewportHeight: number;
  stepDistance: number;
  /** Top of each chapter, from the top of the story. */
  chapterTops: number[];
  chapterHeights: number[];
  /** How far the page scrolls in all. */
  scrollLength: number;
}

export function storyGeometry(stepCounts: readonly number[], viewportHeight: number): StoryGeometry {
  const stepDistance = Math.round(viewportHeight);
  const chapterHeights = stepCounts.map((count) => count * stepDistance + viewportHeight);
  const chapterTops: number[] = [];
  let top = 0;
  for (const height of chapterHeights) {
    chapterTops.push(top);
    top += height;
  }
  return { viewportHeight, stepDistance, chapterTops, chapterHeights, scrollLength: Math.max(0, top - viewportHeight) };
}

/** The scroll position at which a step rests. */
export function restingScrollY(geometry: StoryGeometry, position: Position): number {
  return Math.round(geometry.chapterTops[position.scene]! + (position.step + REST_SHARE) * geometry.stepDistance);
}

/**
 * A chapter's timeline position for a scroll position, in steps: k is step k fully shown,
 * k-1…k its entrance; -1 is before the first step has begun to enter.
 */
export function chapterPosition(geometry: StoryGeometry, chapter: number, stepCount: number, scrollY: number): number {
  const into = (scrollY - geometry.chapterTops[chapter]!) / geometry.stepDistance;
  if (into <= 0) return -1;
  const stretch = Math.min(Math.floor(into), stepCount - 1);
  const entered = Math.min(1, (into - stretch) / ENTRANCE_SHARE);
  return stretch - 1 + entered;
}

/** The place in the story a reader is at: the chapter filling the screen, and its step once half entered. */
export function placeAt(geometry: StoryGeometry, stepCounts: readonly number[], scrollY: number): Position {
  const middle = scrollY + geometry.viewportHeight / 2;
  let scene = 0;
  for (let index = 0; index < geometry.chapterTops.length; index++) {
    if (geometry.chapterTops[index]! <= middle) scene = index;
  }
  const position = chapterPosition(geometry, scene, stepCounts[scene] ?? 1, scrollY);
  const step = Math.max(0, Math.min((stepCounts[scene] ?? 1) - 1, Math.floor(position + 0.5)));
  return { scene, step };
}

/** The resting places in order: where the next and previous step keys go. */
export function restingPlaces(geometry: StoryGeometry, stepCounts: readonly number[]): { position: Position; scrollY: number }[] {
  return stepCounts.flatMap((count, scene) =>
    Array.from({ length: count }, (_, step) => ({ position: { scene, step }, scrollY: restingScrollY(geometry, { scene, step }) })),
  );
}
