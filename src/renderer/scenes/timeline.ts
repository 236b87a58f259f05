/**
 * A scene's one timeline: built from its steps, paused, with a label `step-<n>` at the
 * moment step n is fully on screen. Every driver moves only this timeline, so a step
 * looks the same however it was reached (forward, back, deep link, print).
 *
 * What enters at a step: the step's text block (`data-step-index`) and the elements of
 * the scene's visual cued by the step (`data-cue`). A cued element says how it enters
 * with `data-enter`: `fade` (default), `draw` (its stroke is drawn; `data-duration` in
 * seconds) or `dim` (already shown, it fades back to a trace). Only transform, opacity
 * and SVG stroke are animated: never layout.
 */
import { gsap } from 'gsap';
import type { Scene } from '../../shared/deck';
import type { Movement } from '../navigation/navigator';
import { MOTION } from '../motion/motion';

export const stepLabel = (step: number) => `step-${step}`;

type EnterKind = 'fade' | 'draw' | 'dim';

function enterKind(element: Element): EnterKind {
  const kind = (element as HTMLElement | SVGElement).dataset.enter;
  return kind === 'draw' || kind === 'dim' ? kind : 'fade';
}

function cuedElements(root: HTMLElement, names: readonly string[]): Element[] {
  return names.flatMap((name) => [...root.querySelectorAll(`[data-cue="${CSS.escape(name)}"]`)]);
}

export function buildSceneTimeline(root: HTMLElement, scene: Scene, reducedMotion: boolean): gsap.core.Timeline {
  const timeline = gsap.timeline({ paused: true, defaults: { overwrite: false } });
  const travel = (distance: number) => (reducedMotion ? {} : { y: distance });
  let shownSinceClear: Element[] = [];

  scene.steps.forEach((step, index) => {
    const text = [...root.querySelectorAll(`[data-step-index="${index}"]`)];
    const cues = cuedElements(root, step.cues);
    if (step.clear && shownSinceClear.length > 0) {
      timeline.to(shownSinceClear, { autoAlpha: 0, ...travel(MOTION.exit.travel), duration: MOTION.exit.duration, ease: MOTION.exit.ease });
      shownSinceClear = [];
    }
    const enter = `enter-${index}`;
    timeline.addLabel(enter);
    if (text.length > 0) {
      timeline.fromTo(
        text,
        { autoAlpha: 0, ...travel(MOTION.enter.travel) },
        { autoAlpha: 1, ...travel(0), duration: MOTION.enter.duration, ease: MOTION.enter.ease, stagger: 0.15 },
        enter,
      );
    }
    cues.forEach((element, order) => addCueEntrance(timeline, element, `${enter}+=${0.2 + order * 0.12}`, reducedMotion));
    shownSinceClear.push(...text);
    timeline.addLabel(stepLabel(index));
  });
  return timeline;
}

function addCueEntrance(timeline: gsap.core.Timeline, element: Element, at: string, reducedMotion: boolean): void {
  const kind = enterKind(element);
  const seconds = Number((element as SVGElement).dataset.duration) || undefined;
  if (kind === 'dim') {
    timeline.fromTo(element, { opacity: 1 }, { opacity: MOTION.dimmed, duration: seconds ?? MOTION.dim.duration, ease: MOTION.dim.ease }, at);
  } else if (kind === 'draw' && !reducedMotion) {
    timeline.fromTo(element, { autoAlpha: 0 }, { autoAlpha: 1, duration: 0.01 }, at);
    timeline.fromTo(element, { drawSVG: '0%' }, { drawSVG: '100%', duration: seconds ?? MOTION.draw.duration, ease: MOTION.draw.ease }, at);
  } else {
    const travel = reducedMotion ? {} : { y: MOTION.enter.travel / 2 };
    timeline.fromTo(
      element,
      { autoAlpha: 0, ...travel },
      { autoAlpha: 1, ...(reducedMotion ? {} : { y: 0 }), duration: seconds ?? MOTION.enter.duration, ease: MOTION.enter.ease },
      at,
    );
  }
}

/**
 * Ambient motion that is not a step: an element marked `data-ambient="flicker"` breathes
 * slowly, well under three changes a second. None under reduced motion.
 */
export function startAmbientMotion(root: HTMLElement, reducedMotion: boolean): void {
  if (reducedMotion) return;
  for (const element of root.querySelectorAll('[data-ambient="flicker"]')) {
    gsap.fromTo(element, { opacity: 1 }, { opacity: 0.25, duration: 1.6, ease: 'sine.inOut', repeat: -1, yoyo: true, repeatDelay: 0.4 });
  }
}

/**
 * Moves a scene's timeline to a step. One step forward plays that step's entrance;
 * one step back plays it in reverse; anything else seeks, so a jump never replays
 * what lies between. `animate: false` lands at once (printing, arriving backwards).
 */
export function moveToStep(
  timeline: gsap.core.Timeline,
  target: number,
  movement: Movement,
  animate: boolean,
  onSettled: () => void,
): gsap.core.Tween | null {
  const label = stepLabel(target);
  if (!animate || movement === 'none') {
    timeline.seek(label, false);
    onSettled();
    return null;
  }
  if (movement === 'jump') {
    // Land on the step before, then play just this step's entrance.
    timeline.seek(target > 0 ? stepLabel(target - 1) : 0, false);
  }
  // onComplete is given at creation: a move of no distance completes at once, before any later hook-up.
  return timeline.tweenTo(label, { ease: 'none', onComplete: onSettled });
}

/**
 * Seeks a scene's timeline to a point between steps, for the scroll story: `position` k
 * is step k fully shown, k-1…k is step k's entrance, -1 is before anything has entered.
 * The same labels as moveToStep, so a resting scroll position shows exactly the step.
 */
export function seekStepPosition(timeline: gsap.core.Timeline, position: number, stepCount: number): void {
  const clamped = Math.min(Math.max(position, -1), stepCount - 1);
  if (clamped <= -1) {
    timeline.seek(0, false);
    return;
  }
  const step = Math.ceil(clamped);
  const to = timeline.labels[stepLabel(step)] ?? timeline.duration();
  const from = step === 0 ? 0 : (timeline.labels[stepLabel(step - 1)] ?? 0);
  timeline.seek(from + (to - from) * (clamped - (step - 1)), false);
}
