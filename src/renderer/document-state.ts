/**
 * The document-state contract automation and tests follow (docs/design.md):
 * `<html data-ready>` once fonts are loaded and the first scene is laid out,
 * `data-scene` / `data-step` following the player, and `data-settled` while the
 * current step's motion has finished (screenshots and exports wait for it).
 */
export function markPosition(sceneId: string, step: number): void {
  document.documentElement.dataset.scene = sceneId;
  document.documentElement.dataset.step = String(step);
}

let resolveReady: () => void = () => {};
/** Resolves once the page is `data-ready`: what is not needed for the first scene starts after it. */
export const pageReady = new Promise<void>((resolve) => (resolveReady = resolve));

export async function markReadyWhenLaidOut(): Promise<void> {
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  document.documentElement.dataset.ready = '';
  resolveReady();
}

/** Settled means all of: the step's timeline has landed, no scene is fading in or out or waiting for its visual, the story is not scrolling. */
const motion = { timelineMoving: false, timelineOwner: null as object | null, scrolling: false };

/** What the shown scene still waits for before it can mount (its visual's chunk): the show is not settled meanwhile. */
const awaited = new Set<object>();

/**
 * Each scene layer that is fading, and which way. A layer counts once, and its latest fade is the
 * one that counts: a fade-out that cuts a fade-in short ends both (a count of start and end
 * events stayed above zero for good when scenes were stepped back and forth quickly).
 */
const fadingLayers = new Map<Element, 'in' | 'out'>();

/** True while nothing moves: what `data-settled` says to automation, for the page's own code. */
export function isSettled(): boolean {
  return !motion.timelineMoving && fadingLayers.size === 0 && !motion.scrolling && awaited.size === 0;
}

/** The shown scene waits for something (`waiting`), or no longer does. */
export function markAwaiting(what: object, waiting: boolean): void {
  if (waiting) awaited.add(what);
  else if (!awaited.delete(what)) return;
  updateSettled();
}

function updateSettled(): void {
  document.documentElement.toggleAttribute('data-settled', isSettled());
}

/** The scroll story is moving (a scroll is under way, or has not yet come to rest). */
export function markScrolling(scrolling: boolean): void {
  if (motion.scrolling === scrolling) return;
  motion.scrolling = scrolling;
  updateSettled();
}

/**
 * The scene that moved last owns the flag: a scene fading out (whose move may finish late,
 * or be cut short when it unmounts) can neither declare the show settled nor keep it moving.
 */
export function markTimelineMoving(owner: object, moving: boolean): void {
  if (!moving && motion.timelineOwner !== owner) return;
  motion.timelineOwner = owner;
  motion.timelineMoving = moving;
  updateSettled();
}

/** A scene starts a move: from now on only it speaks for the timeline. */
export function claimTimeline(owner: object): void {
  motion.timelineOwner = owner;
  motion.timelineMoving = false;
}

export function markSceneFadeStarted(layer: Element, way: 'in' | 'out'): void {
  fadingLayers.set(layer, way);
  updateSettled();
}

/** A fade ended; one that was already cut short by a later fade of the same layer is ignored. */
export function markSceneFadeEnded(layer: Element, way: 'in' | 'out'): void {
  if (fadingLayers.get(layer) !== way) return;
  fadingLayers.delete(layer);
  updateSettled();
}

/** A scene layer left the page: whatever fade it had is over. */
export function markSceneLayerGone(layer: Element): void {
  if (fadingLayers.delete(layer)) updateSettled();
}
