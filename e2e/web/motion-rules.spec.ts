/**
 * Motion follows the deck's rules wherever it is played: under reduced motion nothing
 * travels or scales: only opacity changes. Watches every inline style and SVG geometry
 * change while the whole deck is played forward and back. (That with full motion only
 * transform, opacity and SVG strokes ever animate, never layout, is watched on the
 * clicker's walk through the deck in every-step.spec.ts.)
 */
import type { Page } from '@playwright/test';
import { everyStep, expect, expectSettledAt, openDeck, test } from '../fixtures.ts';
import { styleChangesSoFar, watchStyleChanges, type StyleChanges } from '../style-changes.ts';

test.setTimeout(300_000);

async function playWholeDeck(page: Page, query: string): Promise<StyleChanges> {
  await watchStyleChanges(page);
  await page.goto(`./${query}`);
  await page.waitForSelector('html[data-ready]');
  for (const [index, place] of everyStep.entries()) {
    if (index > 0) await page.keyboard.press('PageDown');
    await expectSettledAt(page, place.sceneIndex, place.step);
  }
  // Back through a few scenes, so reversed steps are watched too.
  for (const place of everyStep.slice(-8).reverse().slice(1)) {
    await page.keyboard.press('PageUp');
    await expectSettledAt(page, place.sceneIndex, place.step);
  }
  return styleChangesSoFar(page);
}

test('under reduced motion nothing travels or scales: only opacity changes', async ({ page }) => {
  const changes = await playWholeDeck(page, '?motion=reduced');
  expect(changes.properties.filter((name) => !['opacity', 'visibility'].includes(name))).toEqual([]);
  expect(changes.transforms).toEqual([]);
  expect(changes.attributes).toEqual([]);
  expect(changes.properties).toEqual(expect.arrayContaining(['opacity']));
});

test('reduced motion comes from the system setting too', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, '#/the-journey');
  await page.keyboard.press('PageDown');
  const boxes: string[] = [];
  for (let sample = 0; sample < 8; sample++) {
    boxes.push(JSON.stringify(await page.locator('[data-step-index="1"]').boundingBox()));
    await page.waitForTimeout(120);
  }
  expect(new Set(boxes).size).toBe(1);
  await expectSettledAt(page, 2, 1);
});
