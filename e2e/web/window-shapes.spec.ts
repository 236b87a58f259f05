/**
 * At 16:9, 16:10, 4:3 and a portrait 9:16 window, text never leaves the stage, never
 * outgrows its region (and so is never cut), and never overlaps a visual. Checked on the final state of every page of every
 * scene (the step before a clearing step, and the scene's last step).
 */
import type { Page } from '@playwright/test';
import { fullestSteps } from '../../src/shared/print-pages.ts';
import { deck, expect, expectSettledAt, openDeck, test } from '../fixtures.ts';

const SHAPES = [
  { name: '16:9', width: 1600, height: 900 },
  { name: '16:10', width: 1440, height: 900 },
  { name: '4:3', width: 1024, height: 768 },
  { name: '9:16', width: 608, height: 1080 },
];

/** The fullest state of each text page of each scene. */
const fullestStates = deck.scenes.flatMap((scene, sceneIndex) => fullestSteps(scene).map((step) => ({ sceneIndex, sceneId: scene.id, step })));

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
    const drawn = [...document.querySelectorAll('[data-visual] svg *')]
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

for (const shape of SHAPES) {
  test(`text stays whole, on stage and clear of visuals in a ${shape.name} window`, async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: shape.width, height: shape.height });
    const problems: string[] = [];
    // Last to first: each scene is then entered backwards, which lands on its step at once
    // instead of playing the entrance; the settled state measured is the same.
    for (const place of [...fullestStates].reverse()) {
      await openDeck(page, `#/${place.sceneId}/${place.step}`);
      await expectSettledAt(page, place.sceneIndex, place.step);
      const { stage, texts, drawn } = await measure(page);
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) {
        const where = `${place.sceneId}/${place.step} «${text.text}»`;
        if (!inside(text.box, stage)) problems.push(`${where} leaves the stage`);
        // Text that outgrows its region spills over the running head or past the margins: cut, to the eye.
        if (!inside(text.box, text.region)) problems.push(`${where} outgrows its text region`);
        if (drawn.some((shapeBox) => overlaps(text.box, shapeBox))) problems.push(`${where} overlaps the visual`);
      }
      for (const shapeBox of drawn) if (!inside(shapeBox, stage)) problems.push(`${place.sceneId}/${place.step}: the visual leaves the stage`);
      if (place.step === deck.scenes[place.sceneIndex]!.steps.length - 1 && ['the-scar', 'three-demands', 'another-lu-jiwan'].includes(place.sceneId)) {
        await page.screenshot({ path: testInfo.outputPath(`${shape.name.replace(':', 'x')}-${place.sceneId}.png`) });
      }
    }
    expect(problems).toEqual([]);
  });
}
