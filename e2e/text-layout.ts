/**
 * Whether the text on stage is laid out whole: inside the stage, inside its text region (text
 * that outgrows its region spills over the running head or past the margins: cut, to the eye),
 * and clear of everything the visual draws. Checked on the fullest state of every text page of
 * every scene, in every window shape (window-shapes.spec.ts; the 16:9 window on the deep links
 * of every-step.spec.ts, which open those states anyway), and at every resting place of the
 * scroll story on phones, tablets and laptops (read-on-every-screen.spec.ts).
 */
import type { Page } from '@playwright/test';
import { fullestSteps } from '../src/shared/print-pages.ts';
import { deck } from './deck.ts';

export interface LaidOutPlace {
  sceneIndex: number;
  sceneId: string;
  step: number;
}

/** The fullest state of each text page of each scene: the step before a clearing step, and the scene's last step. */
export const fullestStates: LaidOutPlace[] = deck.scenes.flatMap((scene, sceneIndex) => fullestSteps(scene).map((step) => ({ sceneIndex, sceneId: scene.id, step })));

export const isFullestState = (place: LaidOutPlace) => fullestStates.some((state) => state.sceneId === place.sceneId && state.step === place.step);

/** Scenes whose last step is pictured in each window shape, to be looked at. */
export const isPicturedInEveryShape = (place: LaidOutPlace) =>
  place.step === deck.scenes[place.sceneIndex]!.steps.length - 1 && ['the-scar', 'three-demands', 'another-lu-jiwan'].includes(place.sceneId);

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface StageLayout {
  stage: Box;
  viewport: Box;
  /** Each step's text block not faded out, with its text region and the smallest size its words are drawn at, in CSS px. */
  texts: { step: number; text: string; article: string; opacity: number; box: Box; region: Box; fontPx: number }[];
  /** Every shape the visual draws (its own opacity above nothing), as far as the visual lets it show. */
  drawn: Box[];
  /** Of those, the ones actually seen: no ancestor hides them or fades them out. */
  seen: Box[];
}

/**
 * Measures the stage inside `scope`: the document when presenting, a chapter
 * (`[data-chapter="<id>"]`) of the scroll story.
 */
export async function stageLayout(page: Page, scope = ':root'): Promise<StageLayout> {
  return page.evaluate((scope) => {
    const box = (rect: DOMRect | Box): Box => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
    const root = document.querySelector(scope)!;
    const stageElement = root.querySelector<HTMLElement>('[data-stage]')!;
    const stageRect = stageElement.getBoundingClientRect();
    const scale = stageRect.width / stageElement.offsetWidth;
    const texts = [...root.querySelectorAll<HTMLElement>('[data-scene-id] [data-step-index]')]
      .map((element) => ({ element, opacity: Number(getComputedStyle(element).opacity) }))
      .filter(({ opacity }) => opacity > 0.01)
      .map(({ element, opacity }) => ({
        step: Number(element.dataset.stepIndex),
        text: element.textContent!.trim().slice(0, 40),
        article: [...element.querySelectorAll('[data-article]')].map((words) => words.textContent!.replace(/\s+/g, ' ').trim()).join(' '),
        opacity,
        box: box(element.getBoundingClientRect()),
        region: box(element.closest('[data-text-region]')!.getBoundingClientRect()),
        fontPx: Math.min(...[...element.querySelectorAll('p')].map((paragraph) => parseFloat(getComputedStyle(paragraph).fontSize) * scale)),
      }));
    // What the visual actually draws, not only its region: every visible shape, cut to what
    // clips it inside the visual (a phone's stacked band shows only its middle).
    const clipped = (element: Element, rect: Box): Box => {
      let result = rect;
      for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
        if (getComputedStyle(ancestor).overflow !== 'visible') {
          const clip = ancestor.getBoundingClientRect();
          result = { left: Math.max(result.left, clip.left), top: Math.max(result.top, clip.top), right: Math.min(result.right, clip.right), bottom: Math.min(result.bottom, clip.bottom) };
        }
        if (ancestor.hasAttribute('data-visual')) break;
      }
      return result;
    };
    const shapes = [...root.querySelectorAll('[data-scene-id] [data-visual] svg *')]
      .filter((element) => element instanceof SVGGraphicsElement && !(element instanceof SVGGElement) && !(element instanceof SVGDefsElement))
      .filter((element) => element.closest('defs, clipPath, mask') === null)
      .map((element) => ({ element, rect: clipped(element, box(element.getBoundingClientRect())) }))
      // A shape clipped away entirely is not drawn; a straight line has no height (or width) but is.
      .filter(({ rect }) => rect.right >= rect.left && rect.bottom >= rect.top && rect.right - rect.left + rect.bottom - rect.top > 0)
      .filter(({ element }) => Number(getComputedStyle(element).opacity) > 0.01);
    return {
      stage: box(stageRect),
      viewport: { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight },
      texts,
      drawn: shapes.map(({ rect }) => rect),
      seen: shapes.filter(({ element }) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true })).map(({ rect }) => rect),
    };
  }, scope);
}

export const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
export const overlaps = (a: Box, b: Box) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

/** What is wrong with the text laid out on a stage: `where` names the place in each problem. */
export function layoutProblems({ stage, texts, drawn }: StageLayout, where: string): string[] {
  const problems: string[] = [];
  if (texts.length === 0) problems.push(`${where} shows no text`);
  for (const text of texts) {
    const words = `${where} «${text.text}»`;
    if (!inside(text.box, stage)) problems.push(`${words} leaves the stage`);
    if (!inside(text.box, text.region)) problems.push(`${words} outgrows its text region`);
    if (drawn.some((shapeBox) => overlaps(text.box, shapeBox))) problems.push(`${words} overlaps the visual`);
  }
  for (const shapeBox of drawn) if (!inside(shapeBox, stage)) problems.push(`${where}: the visual leaves the stage`);
  return problems;
}

/** What is wrong with the text laid out on the settled stage at `place`; empty when nothing is. */
export async function textLayoutProblems(page: Page, place: LaidOutPlace): Promise<string[]> {
  return layoutProblems(await stageLayout(page), `${place.sceneId}/${place.step}`);
}
