/**
 * A step looks the same however it was reached: stepping forward, stepping back, a deep
 * link, or scrolling the scroll story (wheeled, in order) to the step's resting place,
 * where the scroll has scrubbed the scene's own timeline. Screenshots of every step, compared pixel by pixel; the ambient flicker of
 * the last scene is masked, since it breathes on its own clock. Every forward screenshot
 * is written to the test output to be looked at.
 */
import { writeFile } from 'node:fs/promises';
import { deck, everyStep, expect, expectSettledAt, openDeck, test } from '../fixtures.ts';
import { differentFraction, MAX_DIFFERENT, showPicture as shot } from '../pictures.ts';
import { openStory, restingPlaces, STORY_PROGRESS, wheelTo } from '../scroll-story.ts';

test.use({ viewport: { width: 1600, height: 900 } });
test.setTimeout(600_000);

test('every step looks the same reached forward, backward, by deep link and in the scroll story', async ({ page }, testInfo) => {
  const forward = new Map<string, Buffer>();
  await openDeck(page);
  for (const [index, place] of everyStep.entries()) {
    if (index > 0) await page.keyboard.press('PageDown');
    await expectSettledAt(page, place.sceneIndex, place.step);
    const image = await shot(page);
    forward.set(`${place.sceneId}/${place.step}`, image);
    await writeFile(testInfo.outputPath(`${String(place.sceneIndex).padStart(2, '0')}-${place.sceneId}-step-${place.step}.png`), image);
  }

  const differences: string[] = [];
  for (const place of [...everyStep].reverse().slice(1)) {
    await page.keyboard.press('PageUp');
    await expectSettledAt(page, place.sceneIndex, place.step);
    const fraction = differentFraction(forward.get(`${place.sceneId}/${place.step}`)!, await shot(page));
    if (fraction > MAX_DIFFERENT) differences.push(`back to ${place.sceneId}/${place.step}: ${(fraction * 100).toFixed(2)}% differs`);
  }

  for (const place of everyStep) {
    // A fresh page load at the link, as when a link is opened or the app starts with --scene.
    await page.goto('about:blank');
    await openDeck(page, `#/${place.sceneId}/${place.step}`);
    await expectSettledAt(page, place.sceneIndex, place.step);
    const fraction = differentFraction(forward.get(`${place.sceneId}/${place.step}`)!, await shot(page));
    if (fraction > MAX_DIFFERENT) differences.push(`deep link ${place.sceneId}/${place.step}: ${(fraction * 100).toFixed(2)}% differs`);
  }
  // The scroll story, wheeled from top to bottom: every scene in order, each resting place as presenting shows it.
  await openStory(page);
  const places = await restingPlaces(page);
  expect(places.map((place) => place.key)).toEqual(everyStep.map((place) => `${place.sceneId}/${place.step}`));
  const scenesSeen: string[] = [];
  for (const place of places) {
    await wheelTo(page, place.y);
    const [sceneId, step] = place.key.split('/') as [string, string];
    expect(await page.evaluate(() => [document.documentElement.dataset.scene, document.documentElement.dataset.step])).toEqual([sceneId, step]);
    if (scenesSeen.at(-1) !== sceneId) scenesSeen.push(sceneId);
    const fraction = differentFraction(forward.get(place.key)!, await shot(page, [STORY_PROGRESS]));
    if (fraction > MAX_DIFFERENT) differences.push(`scroll story ${place.key}: ${(fraction * 100).toFixed(2)}% differs`);
  }
  expect(scenesSeen).toEqual(deck.scenes.map((scene) => scene.id));

  expect(differences).toEqual([]);
  expect(forward.size).toBe(deck.scenes.reduce((sum, scene) => sum + scene.steps.length, 0));
});
