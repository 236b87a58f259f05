/**
 * What a video of the show holds, frame by frame, before anything is rendered: which steps in
 * which order, when each begins and how many frames it lasts, the chapters, the captions and the
 * container's metadata. Pure, so the timings a test checks against are the ones the export used.
 *
 * A step lasts its planned seconds (or its rehearsed ones) from the moment it is called, its
 * entrance included, exactly as autoplay holds it; step starts are rounded to whole frames from
 * the running total, so the video's length is the sum of the steps' times within one frame.
 */
import type { Deck } from '../shared/deck.ts';
import type { Rehearsal } from '../shared/rehearsal.ts';

export class VideoError extends Error {}

export interface VideoPlanOptions {
  fps: number;
  /** First and last scene ids of the cut; the whole deck when absent. */
  from?: string;
  to?: string;
  /** Keep the content note first (the default); false leaves advisory scenes out. */
  advisory: boolean;
  /** Seconds per step from a rehearsal; a step it did not reach keeps its planned time. */
  rehearsal?: Rehearsal | null;
}

export interface PlannedStep {
  scene: number;
  sceneId: string;
  step: number;
  seconds: number;
  startFrame: number;
  frames: number;
}

export interface Chapter {
  title: string;
  startFrame: number;
  endFrame: number;
}

export interface VideoPlan {
  fps: number;
  steps: PlannedStep[];
  chapters: Chapter[];
  totalFrames: number;
}

function sceneIndex(deck: Deck, id: string): number {
  const index = deck.scenes.findIndex((scene) => scene.id === id);
  if (index < 0) throw new VideoError(`unknown scene "${id}"; the scenes are ${deck.scenes.map((scene) => scene.id).join(', ')}`);
  return index;
}

export function videoPlan(deck: Deck, options: VideoPlanOptions): VideoPlan {
  const first = options.from === undefined ? 0 : sceneIndex(deck, options.from);
  const last = options.to === undefined ? deck.scenes.length - 1 : sceneIndex(deck, options.to);
  if (last < first) throw new VideoError(`--to ${options.to} comes before --from ${options.from} in the deck`);
  const inCut = deck.scenes.map((_, index) => index).filter((index) => index >= first && index <= last);
  const advisories = deck.scenes.map((scene, index) => (scene.advisory ? index : -1)).filter((index) => index >= 0);
  const scenes = options.advisory
    ? [...advisories.filter((index) => !inCut.includes(index)), ...inCut]
    : inCut.filter((index) => !deck.scenes[index]!.advisory);
  if (scenes.length === 0) throw new VideoError('the cut holds no scene to show');

  const steps: PlannedStep[] = [];
  const chapters: Chapter[] = [];
  let seconds = 0;
  for (const index of scenes) {
    const scene = deck.scenes[index]!;
    const rehearsed = options.rehearsal?.scenes[scene.id];
    const chapterStart = Math.round(seconds * options.fps);
    scene.steps.forEach((step, stepIndex) => {
      const held = rehearsed?.[stepIndex] ?? step.seconds;
      const startFrame = Math.round(seconds * options.fps);
      seconds += held;
      steps.push({ scene: index, sceneId: scene.id, step: stepIndex, seconds: held, startFrame, frames: Math.round(seconds * options.fps) - startFrame });
    });
    chapters.push({ title: scene.title, startFrame: chapterStart, endFrame: Math.round(seconds * options.fps) });
  }
  return { fps: options.fps, steps, chapters, totalFrames: Math.round(seconds * options.fps) };
}

/** ffmpeg's metadata file: title, author, one chapter per scene. */
export function ffmetadata(deck: Deck, plan: VideoPlan): string {
  const escape = (text: string) => text.replace(/[=;#\\\n]/g, (character) => `\\${character}`);
  const lines = [';FFMETADATA1', `title=${escape(deck.title)}`, `artist=${escape(deck.author)}`, `author=${escape(deck.author)}`];
  for (const chapter of plan.chapters) {
    lines.push('[CHAPTER]', `TIMEBASE=1/${plan.fps}`, `START=${chapter.startFrame}`, `END=${chapter.endFrame}`, `title=${escape(chapter.title)}`);
  }
  return `${lines.join('\n')}\n`;
}

function timestamp(frame: number, fps: number): string {
  const totalMs = Math.round((frame * 1000) / fps);
  const hours = Math.floor(totalMs / 3_600_000);
  const minutes = Math.floor(totalMs / 60_000) % 60;
  const seconds = Math.floor(totalMs / 1000) % 60;
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(totalMs % 1000, 3)}`;
}

/** WebVTT captions: each step's words (the article's, or ours where a step has none) for its time on screen. */
export function webVtt(deck: Deck, plan: VideoPlan): string {
  const cues = plan.steps.flatMap((planned) => {
    const step = deck.scenes[planned.scene]!.steps[planned.step]!;
    // "-->" may not appear in a cue's text; a blank line would end the cue.
    const words = [step.article, step.text].filter(Boolean).join('\n').replace(/-->/g, '->').replace(/\n\s*\n/g, '\n');
    if (!words) return [];
    const end = planned.startFrame + planned.frames;
    return [`${planned.sceneId}-${planned.step + 1}\n${timestamp(planned.startFrame, plan.fps)} --> ${timestamp(end, plan.fps)}\n${words}`];
  });
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}
