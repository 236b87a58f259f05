/**
 * Whether the text on stage is laid out whole: inside the stage, inside its text region (text
 * that outgrows its region spills over the running head or past the margins: cut, to the eye),
 * and clear of everything the visual draws. Checked on the fullest state of every text page of
 * every scene, in every window shape (window-shapes.spec.ts; the 16:9 window on the deep links
 * of every-step.spec.ts, which open those states anyway).
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

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

async function measure(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element): Box => {
      const rect = element.getBoundingClientRect();
      return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    };
    const stage = box(document.querySelector('[data-stage]')!);
    const texts = [...document.querySelectorAll<HTMLElement>('[data-scene-id] [data-step-index]')]
      .filter((element) => Number(getComputedStyle(element).opacity) > 0.01)
      .map((element) => ({
        text: element.textContent!.trim().slice(0, 40),
        box: box(element),
        region: box(element.closest('[data-text-region]')!),
      }));
    // What the visual actually draws, not only its region: every visible shape.
    const drawn = [...document.querySelectorAll('[data-scene-id] [data-visual] svg *')]
      .filter((element) => element instanceof SVGGraphicsElement && !(element instanceof SVGGElement) && !(element instanceof SVGDefsElement))
      .filter((element) => element.closest('defs, clipPath, mask') === null)
      .map((element) => ({ element, rect: element.getBoundingClientRect() }))
      .filter(({ element, rect }) => rect.width + rect.height > 0 && Number(getComputedStyle(element).opacity) > 0.01)
      .map(({ rect }) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }));
    return { stage, texts, drawn };
  });
}

const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
const overlaps = (a: Box, b: Box) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

/** What is wrong with the text laid out on the settled stage at `place`; empty when nothing is. */
export async function textLayoutProblems(page: Page, place: LaidOutPlace): Promise<string[]> {
  const { stage, texts, drawn } = await measure(page);
  const problems: string[] = [];
  if (texts.length === 0) problems.push(`${place.sceneId}/${place.step} shows no text`);
  for (const text of texts) {
    const where = `${place.sceneId}/${place.step} «${text.text}»`;
    if (!inside(text.box, stage)) problems.push(`${where} leaves the stage`);
    if (!inside(text.box, text.region)) problems.push(`${where} outgrows its text region`);
    if (drawn.some((shapeBox) => overlaps(text.box, shapeBox))) problems.push(`${where} overlaps the visual`);
  }
  for (const shapeBox of drawn) if (!inside(shapeBox, stage)) problems.push(`${place.sceneId}/${place.step}: the visual leaves the stage`);
  return problems;
}
