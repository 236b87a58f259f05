/**
 * Mounting the next scene ahead of time (see Audience.svelte): which scene comes next, when the
 * page has time to mount it, and the fade with which a layer that was on standby comes on.
 */
import type { Deck } from '../../shared/deck';
import { markSceneFadeEnded, markSceneFadeStarted } from '../document-state';

/** The scene after `current`, or null at the end; a kiosk loops, so after the last comes the first. */
export function nextScene(deck: Deck, current: number, loops: boolean): number | null {
  if (current + 1 < deck.scenes.length) return current + 1;
  return loops && current !== 0 ? 0 : null;
}

/**
 * Runs `task` once `afterMs` have passed (a scene's fade), the show has settled and the page is
 * idle: work done then slows no motion. Returns a function that cancels it.
 */
export function whenIdle(task: () => void, afterMs: number, settled = isSettled): () => void {
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

const isSettled = () => document.documentElement.hasAttribute('data-settled');

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
