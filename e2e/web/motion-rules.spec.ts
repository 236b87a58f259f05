/**
 * Motion follows the deck's rules wherever it is played: under reduced motion nothing
 * travels or scales: only opacity changes. Watches every inline style and SVG geometry
 * change while the whole deck is played forward and back, and on the same walk the box of
 * every element on stage while steps change. (That with full motion only transform,
 * opacity and SVG strokes ever animate, never layout, is watched on the clicker's walk
 * through the deck in every-step.spec.ts.)
 */
import type { Page } from '@playwright/test';
import { deck, everyStep, expect, expectSettledAt, openDeck, test } from '../fixtures.ts';
import { styleChangesSoFar, watchStyleChanges } from '../style-changes.ts';

test.setTimeout(300_000);

/**
 * Scenes whose steps are also watched box by box: every frame, the box of every element on
 * stage, any change between two frames being motion. Within a scene only: a scene change
 * swaps the whole stage, which is not motion.
 */
const BOX_WATCHED_SCENES = [1, 2, 3, 4, 5];

test('under reduced motion nothing travels or scales: only opacity changes, and no element on stage changes position or size while steps change', async ({ page }) => {
  await watchStyleChanges(page);
  await openDeck(page, '?motion=reduced');
  await watchBoxes(page);
  const moved: string[] = [];
  for (const [index, place] of everyStep.entries()) {
    if (index > 0) await page.keyboard.press('PageDown');
    await expectSettledAt(page, place.sceneIndex, place.step);
    if (place.step === 0) await forgetMoves(page); // the scene swap
    if (BOX_WATCHED_SCENES.includes(place.sceneIndex) && place.step === deck.scenes[place.sceneIndex]!.steps.length - 1) moved.push(...(await forgetMoves(page)));
  }
  // Back through a few scenes, so reversed steps are watched too.
  for (const place of everyStep.slice(-8).reverse().slice(1)) {
    await page.keyboard.press('PageUp');
    await expectSettledAt(page, place.sceneIndex, place.step);
  }
  const changes = await styleChangesSoFar(page);
  expect.soft(changes.properties.filter((name) => !['opacity', 'visibility'].includes(name))).toEqual([]);
  expect.soft(changes.transforms).toEqual([]);
  expect.soft(changes.attributes).toEqual([]);
  expect.soft(changes.properties).toEqual(expect.arrayContaining(['opacity']));
  expect(moved, 'elements that moved or changed size within a scene').toEqual([]);
});

/** Records, every frame, each element on stage whose box changed since the frame before. */
async function watchBoxes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const moved = new Set<string>();
    (window as unknown as { __moved: Set<string> }).__moved = moved;
    let last = new Map<Element, string>();
    const look = () => {
      const now = new Map<Element, string>();
      for (const element of document.querySelectorAll('[data-stage] *')) {
        const box = element.getBoundingClientRect();
        const key = `${Math.round(box.x)},${Math.round(box.y)},${Math.round(box.width)},${Math.round(box.height)}`;
        const before = last.get(element);
        if (before !== undefined && before !== key) moved.add(`${element.tagName.toLowerCase()}${element.getAttribute('data-cue') ? `[${element.getAttribute('data-cue')}]` : ''}: ${before} -> ${key}`);
        now.set(element, key);
      }
      last = now;
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

/** Returns what moved since the last call, two frames from now (so the settled frame is seen), and forgets it. */
async function forgetMoves(page: Page): Promise<string[]> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => {
    const moved = (window as unknown as { __moved: Set<string> }).__moved;
    const seen = [...moved];
    moved.clear();
    return seen;
  });
}

test('reduced motion comes from the system setting too', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, '#/the-journey');
  await page.keyboard.press('PageDown');
  const boxes: string[] = [];
  for (let sample = 0; sample < 8; sample++) {
    boxes.push(JSON.stringify(await page.locator('[data-scene-id] [data-step-index="1"]').boundingBox()));
    await page.waitForTimeout(120);
  }
  expect(new Set(boxes).size).toBe(1);
  await expectSettledAt(page, 'the-journey', 1);
});
