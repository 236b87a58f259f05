/**
 * Every step of the deck, reached every way a step can be reached: stepping forward with a
 * clicker, stepping back, a deep link, and scrolling the scroll story (wheeled, in order) to
 * the step's resting place, where the scroll has scrubbed the scene's own timeline. A walk
 * through the deck is a minute or more of real motion, so each walk is made once, and every
 * check that needs a settled step is made on the way rather than in a walk of its own:
 *
 * - a step looks the same however it was reached: screenshots of every step, compared pixel by
 *   pixel; the ambient flicker of the last scene is masked, since it breathes on its own clock.
 *   Every forward screenshot is written to the test output to be looked at;
 * - stepping forward, each step's words are on screen, readable and inside the stage;
 * - forward and back, only transform, opacity and SVG strokes animate, never layout (the same
 *   rules under reduced motion are in motion-rules.spec.ts);
 * - at a deep link, the accessibility tree carries the step's words, and at each scene's last
 *   step, with all of its text and visual on stage, axe finds no WCAG 2.2 A or AA violation and
 *   every element showing article text is marked data-article (ours data-ours); at the fullest
 *   state of each text page, text stays whole, on stage and clear of visuals in this 16:9
 *   window (the other window shapes are in window-shapes.spec.ts).
 *
 * The walks after the first compare with its pictures, so the tests run in order (serial).
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { violations } from '../axe.ts';
import { deck, everyStep, expect, expectSettledAt, openDeck, test, type StepOnScreen } from '../fixtures.ts';
import { differentFraction, MAX_DIFFERENT, showPicture as shot } from '../pictures.ts';
import { openStory, restingPlaces, STORY_PROGRESS, wheelTo } from '../scroll-story.ts';
import { LAYOUT_PROPERTY, styleChangesSoFar, watchStyleChanges } from '../style-changes.ts';
import { isFullestState, isPicturedInEveryShape, textLayoutProblems } from '../text-layout.ts';

test.use({ viewport: { width: 1600, height: 900 } });
test.describe.configure({ mode: 'serial', timeout: 600_000 });

type Place = (typeof everyStep)[number];
const keyOf = (place: Place) => `${place.sceneId}/${place.step}`;
const isLastStep = (place: Place) => place.step === deck.scenes[place.sceneIndex]!.steps.length - 1;

/** Each step's picture as stepping forward shows it: what every other way of reaching it must look like. */
const forward = new Map<string, Buffer>();

function expectForwardWalkDone(): void {
  expect(forward.size, 'the forward walk ran first and pictured every step (run the whole file)').toBe(everyStep.length);
}

/** How far the page, showing step `key` (`scene/step`), differs from stepping forward to it; null when within anti-aliasing. */
async function differenceFromForward(page: Page, key: string, way: string, hide: string[] = []): Promise<string | null> {
  const fraction = differentFraction(forward.get(key)!, await shot(page, hide));
  return fraction > MAX_DIFFERENT ? `${way} ${key}: ${(fraction * 100).toFixed(2)}% differs` : null;
}

/** The clicker's promise at each step: the step's words on screen, and every sentence shown inside the stage. */
function expectReadable(place: Place, shown: StepOnScreen[]): void {
  const step = deck.scenes[place.sceneIndex]!.steps[place.step]!;
  const current = shown.find((item) => item.index === place.step)!;
  expect.soft(current.insideStage, `${place.sceneId} step ${place.step} inside the stage`).toBe(true);
  for (const words of [step.article, step.text].filter(Boolean)) expect.soft(current.text, `${keyOf(place)} shows its words`).toContain(words);
  // Every sentence on screen is within the stage, not only the newest.
  expect.soft(shown.filter((item) => item.opacity > 0.99).every((item) => item.insideStage), `${keyOf(place)}: all shown text inside the stage`).toBe(true);
}

test('a clicker steps through every step and back: each text readable inside the stage, each step the same picture both ways, and only transform, opacity and SVG strokes animate', async ({ page }, testInfo) => {
  await watchStyleChanges(page);
  await openDeck(page);
  for (const [index, place] of everyStep.entries()) {
    if (index > 0) await page.keyboard.press('PageDown');
    expectReadable(place, await expectSettledAt(page, place.sceneIndex, place.step));
    const image = await shot(page);
    forward.set(keyOf(place), image);
    await writeFile(testInfo.outputPath(`${String(place.sceneIndex).padStart(2, '0')}-${place.sceneId}-step-${place.step}.png`), image);
  }
  // Past the end, the clicker changes nothing.
  await page.keyboard.press('PageDown');
  const last = everyStep.at(-1)!;
  await expectSettledAt(page, last.sceneIndex, last.step);

  const differences: string[] = [];
  for (const place of [...everyStep].reverse().slice(1)) {
    await page.keyboard.press('PageUp');
    await expectSettledAt(page, place.sceneIndex, place.step);
    const difference = await differenceFromForward(page, keyOf(place), 'back to');
    if (difference) differences.push(difference);
  }
  expect.soft(differences, 'stepping back looks as stepping forward').toEqual([]);

  // The motion rules, watched over the whole walk, forward and back.
  const changes = await styleChangesSoFar(page);
  expect.soft(changes.properties.filter((name) => LAYOUT_PROPERTY.test(name)), 'a layout property animated').toEqual([]);
  expect.soft(changes.attributes, 'an SVG geometry attribute animated').toEqual([]);
  // The rules are watched, not vacuous: the deck did animate.
  expect(changes.properties).toEqual(expect.arrayContaining(['opacity', 'transform', 'visibility']));
});

test('a deep link to every step: it looks the same, its words are in the accessibility tree, at each scene’s end axe finds no WCAG 2.2 A or AA violation and article text is marked, and in this 16:9 window text stays whole, on stage and clear of visuals', async ({ page }, testInfo) => {
  expectForwardWalkDone();
  const normal = (text: string) => text.replace(/\s+/g, ' ').replace(/[“”]/g, '"').replace(/[’]/g, "'").trim();
  const differences: string[] = [];
  const missing: string[] = [];
  const found: string[] = [];
  const layoutProblems: string[] = [];
  for (const place of everyStep) {
    // A fresh page load at the link, as when a link is opened or the app starts with --scene.
    await page.goto('about:blank');
    await openDeck(page, `#/${keyOf(place)}`);
    await expectSettledAt(page, place.sceneIndex, place.step);
    const difference = await differenceFromForward(page, keyOf(place), 'deep link');
    if (difference) differences.push(difference);

    const tree = normal(await page.locator('[data-stage]').ariaSnapshot());
    const scene = deck.scenes[place.sceneIndex]!;
    const step = scene.steps[place.step]!;
    for (const words of [step.article, step.text].filter(Boolean)) {
      if (!tree.includes(normal(words))) missing.push(`${keyOf(place)}: ${words.slice(0, 50)}…`);
    }
    if (isLastStep(place)) {
      found.push(...(await violations(page)).map((text) => `${scene.id}: ${text}`));
      await expectArticleMarked(page, scene);
    }
    if (isFullestState(place)) layoutProblems.push(...(await textLayoutProblems(page, place)));
    if (isPicturedInEveryShape(place)) await page.screenshot({ path: testInfo.outputPath(`16x9-${place.sceneId}.png`) });
  }
  expect.soft(differences, 'a deep link looks as stepping forward').toEqual([]);
  expect.soft(missing, 'words missing from the accessibility tree').toEqual([]);
  expect.soft(found, 'axe violations').toEqual([]);
  expect.soft(layoutProblems, 'text not whole, off the stage or over a visual in a 16:9 window').toEqual([]);
});

/** Every element that shows article text is marked data-article, and ours (the title, our own words) data-ours. */
async function expectArticleMarked(page: Page, scene: (typeof deck.scenes)[number]): Promise<void> {
  const texts = async (selector: string) =>
    (await page.locator(`[data-scene-id="${scene.id}"] ${selector}`).allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
  expect.soft(await texts('[data-article]'), `${scene.id}: the article's text, marked data-article`).toEqual(scene.steps.map((step) => step.article).filter(Boolean));
  expect.soft(await texts('[data-ours]'), `${scene.id}: our words, marked data-ours`).toEqual([scene.title, ...scene.steps.map((step) => step.text).filter(Boolean)]);
}

test('the scroll story, wheeled from top to bottom, rests at every step looking as presenting shows it', async ({ page }) => {
  expectForwardWalkDone();
  await openStory(page);
  const places = await restingPlaces(page);
  expect(places.map((place) => place.key)).toEqual(everyStep.map(keyOf));
  const differences: string[] = [];
  const scenesSeen: string[] = [];
  for (const place of places) {
    await wheelTo(page, place.y);
    const [sceneId, step] = place.key.split('/') as [string, string];
    expect(await page.evaluate(() => [document.documentElement.dataset.scene, document.documentElement.dataset.step])).toEqual([sceneId, step]);
    if (scenesSeen.at(-1) !== sceneId) scenesSeen.push(sceneId);
    // The story's progress line is page chrome, left out of the picture.
    const difference = await differenceFromForward(page, place.key, 'scroll story', [STORY_PROGRESS]);
    if (difference) differences.push(difference);
  }
  expect(scenesSeen).toEqual(deck.scenes.map((scene) => scene.id));
  expect(differences).toEqual([]);
});
