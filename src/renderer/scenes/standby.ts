/**
 * Mounting the next scene ahead of time (StandbyLayers.svelte): which scene comes next, which
 * mounts are on stage, when the page has time to mount one, and the fade with which a layer
 * that was on standby comes on.
 */
import { fade, type TransitionConfig } from 'svelte/transition';
import type { Deck } from '../../shared/deck';
import { markSceneFadeEnded, markSceneFadeStarted } from '../document-state';

/** One mount of a scene: its own key, so a scene coming back while it still fades out is mounted afresh. */
export interface SceneMount {
  index: number;
  key: number;
}

/** The scene shown, the one made ready on standby (if any), and how many mounts were made so far. */
export interface SceneMounts {
  shown: SceneMount;
  standby: SceneMount | null;
  made: number;
}

export interface SceneLayer extends SceneMount {
  standby: boolean;
}

export function firstMount(scene: number): SceneMounts {
  return { shown: { index: scene, key: 1 }, standby: null, made: 1 };
}

/**
 * The show moved to `scene`: the mount on standby for it is shown (it keeps its key, so it is not
 * mounted again) and is no longer on standby; any other scene is mounted afresh. The same mounts
 * when the scene did not change.
 */
export function showScene(mounts: SceneMounts, scene: number): SceneMounts {
  if (scene === mounts.shown.index) return mounts;
  // Kept as the standby too, the mount came back on standby when the show stepped back before a new
  // one was made: a layer still fading out, revived hidden, whose fade-out then never ended, so the
  // show never settled again (and its timeline ran back from its last step when next shown).
  if (mounts.standby?.index === scene) return { ...mounts, shown: mounts.standby, standby: null };
  return { ...mounts, shown: { index: scene, key: mounts.made + 1 }, made: mounts.made + 1 };
}

/** `scene` is mounted on standby, replacing any earlier one. */
export function mountStandby(mounts: SceneMounts, scene: number): SceneMounts {
  return { ...mounts, standby: { index: scene, key: mounts.made + 1 }, made: mounts.made + 1 };
}

/**
 * The layers on stage, back to front: the standby (when it is for the scene after the shown one:
 * one made for an earlier scene is stale the moment the show moves elsewhere), then the shown one.
 */
export function sceneLayers(mounts: SceneMounts, next: number | null): SceneLayer[] {
  const shown = { ...mounts.shown, standby: false };
  const ahead = mounts.standby;
  return ahead !== null && ahead.index === next ? [{ ...ahead, standby: true }, shown] : [shown];
}

/** The scene after `current`, or null at the end; a kiosk loops, so after the last comes the first. */
export function nextScene(deck: Deck, current: number, loops: boolean): number | null {
  if (current + 1 < deck.scenes.length) return current + 1;
  return loops && current !== 0 ? 0 : null;
}

/**
 * Runs `task` once `afterMs` have passed (a scene's fade), the show has `settled` and the page is
 * idle: work done then slows no motion. Returns a function that cancels it.
 */
export function whenIdle(task: () => void, afterMs: number, settled: () => boolean): () => void {
  let idle: number | null = null;
  const wait = () => {
    idle = requestIdleCallback(() => (settled() ? task() : (timer = setTimeout(wait, SETTLE_POLL_MS))));
  };
  let timer: ReturnType<typeof setTimeout> | null = setTimeout(wait, afterMs);
  return () => {
    if (timer !== null) clearTimeout(timer);
    if (idle !== null) cancelIdleCallback(idle);
  };
}

/** How often to look again while a step is still moving. */
const SETTLE_POLL_MS = 100;

/**
 * A layer's fade in or out, as its `in:`/`out:` transition. A shown layer's unsettles the show the
 * moment Svelte asks for it, in the same task as the scene change: its introstart and outrostart
 * come a frame later, and in between a waiter saw the new scene beside the old one's data-settled
 * and took its picture mid-fade. Svelte asks only for fades that play (none on a page mounted
 * without intros); a standby layer's fade is never seen and speaks for nothing. The fade's end is
 * its introend/outroend, or the layer leaving the page (markSceneLayerGone).
 */
export function layerFade(node: Element, { duration, shown }: { duration: number; shown: boolean }, options?: { direction?: 'in' | 'out' | 'both' }): TransitionConfig {
  if (shown && duration > 0) markSceneFadeStarted(node, options?.direction === 'out' ? 'out' : 'in');
  return fade(node, { duration });
}

/** Fades a layer in over `durationMs`; the show is not settled until the fade has ended or was cut short. */
export function fadeIn(node: HTMLElement, durationMs: number): void {
  if (durationMs <= 0) return;
  markSceneFadeStarted(node, 'in');
  const animation = node.animate([{ opacity: 0 }, { opacity: 1 }], { duration: durationMs, easing: 'linear' });
  const end = () => markSceneFadeEnded(node, 'in');
  animation.addEventListener('finish', end);
  animation.addEventListener('cancel', end);
  animation.addEventListener('remove', end);
}
