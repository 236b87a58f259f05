/**
 * A scene's one timeline: built from its steps, paused, with a label `step-<n>` at the
 * moment step n is fully on screen. Every driver moves only this timeline, so a step
 * looks the same however it was reached (forward, back, deep link, print).
 */
import { gsap } from 'gsap';
import type { Scene } from '../../shared/deck';
import type { Movement } from '../player/player';
import { MOTION } from '../motion/motion';

export const stepLabel = (step: number) => `step-${step}`;

/** Elements a step brings on: its text block and figure, and its cues in the visual. */
function elementsOfStep(root: HTMLElement, scene: Scene, step: number): Element[] {
  const own = [...root.querySelectorAll(`[data-step-index="${step}"]`)];
  const cues = scene.steps[step]!.cues.flatMap((name) => [...root.querySelectorAll(`[data-cue="${CSS.escape(name)}"]`)]);
  return [...own, ...cues];
}

export function buildSceneTimeline(root: HTMLElement, scene: Scene, reducedMotion: boolean): gsap.core.Timeline {
  const timeline = gsap.timeline({ paused: true, defaults: { overwrite: false } });
  const travel = (distance: number) => (reducedMotion ? {} : { y: distance });
  let shownSinceClear: Element[] = [];

  scene.steps.forEach((step, index) => {
    const entering = elementsOfStep(root, scene, index);
    if (step.clear && shownSinceClear.length > 0) {
      timeline.to(shownSinceClear, { autoAlpha: 0, ...travel(MOTION.exit.travel), duration: MOTION.exit.duration, ease: MOTION.exit.ease });
      shownSinceClear = [];
    }
    if (entering.length > 0) {
      timeline.fromTo(
        entering,
        { autoAlpha: 0, ...travel(MOTION.enter.travel) },
        { autoAlpha: 1, ...travel(0), duration: MOTION.enter.duration, ease: MOTION.enter.ease, stagger: 0.15 },
      );
    }
    shownSinceClear.push(...entering);
    timeline.addLabel(stepLabel(index));
  });
  return timeline;
}

/**
 * Moves a scene's timeline to a step. One step forward plays that step's entrance;
 * one step back plays it in reverse; anything else seeks, so a jump never replays
 * what lies between. `animate: false` lands at once (printing, arriving backwards).
 */
export function moveToStep(timeline: gsap.core.Timeline, target: number, movement: Movement, animate = true): gsap.core.Tween | null {
  const label = stepLabel(target);
  if (!animate || movement === 'none') {
    timeline.seek(label, false);
    return null;
  }
  if (movement === 'jump') {
    // Land on the step before, then play just this step's entrance.
    timeline.seek(target > 0 ? stepLabel(target - 1) : 0, false);
  }
  return timeline.tweenTo(label, { ease: 'none' });
}
