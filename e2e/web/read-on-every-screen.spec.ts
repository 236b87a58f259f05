/**
 * The scroll story on the screens it meets: two phones, a tablet either way up, a 16:10 laptop
 * and a portrait touchscreen (phones and tablets as mobile browsers, with touch). One page per
 * shape walks every resting place, and the point half-way into each step's entrance, and
 * checks on the way:
 *
 * - every scene that has a visual shows it, drawn at a meaningful size inside the screen, at
 *   rest and while its steps scroll past;
 * - at rest, every step's words are on screen: drawn at 16 CSS px or more, inside the screen,
 *   inside the stage and their text region, and clear of every drawn shape (mid-entrance too);
 * - nothing scrolls sideways, and bars around the stage take at most 3% of the screen;
 * - every sentence of the article passes, in order;
 * - axe finds no WCAG 2.2 A or AA violation.
 *
 * Then a presenting page of the same shape steps back through each scene's last step: its stage
 * fills the screen as well, and looks exactly as the story does at that step's resting place.
 * Each scene's last step is written to the test output, to be looked at.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { applyAllowedCorrections, splitSentences } from '../../src/deck/article.ts';
import { normalizeSpace } from '../../src/deck/parse.ts';
import { violations } from '../axe.ts';
import { deck, expect, shownPosition, test } from '../fixtures.ts';
import { differentFraction, MAX_DIFFERENT, showPicture } from '../pictures.ts';
import { openStory, restingPlaces, STORY_PROGRESS } from '../scroll-story.ts';
import { inside, layoutProblems, overlaps, stageLayout, type Box, type StageLayout } from '../text-layout.ts';

const SHAPES = [
  { name: 'phone 390x844', width: 390, height: 844, touch: true },
  { name: 'phone 412x915', width: 412, height: 915, touch: true },
  { name: 'tablet 768x1024', width: 768, height: 1024, touch: true },
  { name: 'tablet 1024x768', width: 1024, height: 768, touch: true },
  { name: 'laptop 1280x800', width: 1280, height: 800, touch: false },
  { name: 'touchscreen 1080x1920', width: 1080, height: 1920, touch: true, desktop: true },
];

/** The most of the screen bars around the stage may take. */
const MAX_BARS = 0.03;
/** The smallest a step's words may be drawn, in CSS px. */
const MIN_TEXT_PX = 16;
/**
 * A visual drawn at a meaningful size: what it shows on screen measures at least a fifth of the
 * screen's shorter side one way and a twentieth the other (the smallest, an empty bowl before
 * its days are counted, is 22% by 15% on a phone; a drawing shrunk to a thumbnail, or gone,
 * fails).
 */
const MIN_VISUAL_LONG = 0.2;
const MIN_VISUAL_SHORT = 0.05;

const articleSentences = splitSentences(applyAllowedCorrections(readFileSync(join(import.meta.dirname, '../../assets/article.txt'), 'utf8')));
const lastStepOf = (sceneId: string) => deck.scenes.find((scene) => scene.id === sceneId)!.steps.length - 1;

/** Scrolls at once to `y` and waits for the story to come to rest there. */
async function scrollToY(page: Page, y: number): Promise<void> {
  await page.evaluate(
    (top) =>
      new Promise<void>((resolve) => {
        window.scrollTo({ top, behavior: 'instant' });
        // The scroll event comes before the next frames: by then the story has said it moves.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
    y,
  );
  await page.waitForSelector('html[data-settled]', { state: 'attached' });
}

const area = (box: Box) => Math.max(0, box.right - box.left) * Math.max(0, box.bottom - box.top);
const intersection = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });

/** The share of the screen the stage leaves to bars. */
const barShare = (layout: StageLayout) => 1 - area(intersection(layout.stage, layout.viewport)) / area(layout.viewport);

/** What a visual shows on screen: the box around every shape seen, cut to the screen. */
function shownDrawing(layout: StageLayout): Box | null {
  const seen = layout.seen.map((shape) => intersection(shape, layout.viewport)).filter((shape) => shape.right >= shape.left && shape.bottom >= shape.top);
  if (seen.length === 0) return null;
  return {
    left: Math.min(...seen.map((shape) => shape.left)),
    top: Math.min(...seen.map((shape) => shape.top)),
    right: Math.max(...seen.map((shape) => shape.right)),
    bottom: Math.max(...seen.map((shape) => shape.bottom)),
  };
}

function visualProblems(layout: StageLayout, where: string): string[] {
  const drawing = shownDrawing(layout);
  if (!drawing) return [`${where}: the visual shows nothing`];
  const shorterSide = Math.min(layout.viewport.right, layout.viewport.bottom);
  const sides = [drawing.right - drawing.left, drawing.bottom - drawing.top].map((side) => side / shorterSide).sort((a, b) => b - a) as [number, number];
  return sides[0] >= MIN_VISUAL_LONG && sides[1] >= MIN_VISUAL_SHORT
    ? []
    : [`${where}: the visual measures only ${sides.map((side) => `${(side * 100).toFixed(0)}%`).join(' by ')} of the screen's shorter side`];
}

/** At rest: the step's words shown, every word on screen readable, inside the screen and clear of the drawing. */
function readingProblems(layout: StageLayout, where: string, step: number, hasWords: boolean): string[] {
  const problems = layoutProblems(layout, where);
  if (hasWords && !layout.texts.some((text) => text.step === step && text.opacity > 0.99)) problems.push(`${where}: the step's words are not shown`);
  for (const text of layout.texts) {
    if (!inside(text.box, layout.viewport)) problems.push(`${where} «${text.text}» leaves the screen`);
    if (text.fontPx < MIN_TEXT_PX) problems.push(`${where} «${text.text}» is drawn at ${text.fontPx.toFixed(1)} px`);
  }
  return problems;
}

for (const shape of SHAPES) {
  test.describe(shape.name, () => {
    test.use({ viewport: { width: shape.width, height: shape.height }, hasTouch: shape.touch, isMobile: shape.touch && !shape.desktop });

    test(`${shape.name}: every scene pictured while its steps scroll past, every word readable, the screen filled, the article whole and in order, no axe violation; presenting looks the same`, async ({ page, context }, testInfo) => {
      test.setTimeout(240_000);
      // Positions are set exactly: snapping (on, as published) would pull a point between two rests onto one.
      await openStory(page, '&snap=off');
      await expect(page.locator('[data-scroll-story]'), 'the story is told, not reflowed').toHaveAttribute('data-reading', 'false');
      const places = await restingPlaces(page);
      const problems: string[] = [];
      const shownWords = new Map<string, string>();
      const pictures = new Map<string, Buffer>();
      let axeFound: string[] | null = null;
      let widestBars = 0;

      for (const [index, place] of places.entries()) {
        const [sceneId, stepText] = place.key.split('/') as [string, string];
        const step = Number(stepText);
        const scene = deck.scenes.find((candidate) => candidate.id === sceneId)!;
        const chapter = `[data-chapter="${sceneId}"]`;
        const previous = places[index - 1];
        if (scene.visual && previous?.key.startsWith(`${sceneId}/`)) {
          // Half-way into this step's entrance: the picture stays, and moving words stay clear of it.
          await scrollToY(page, Math.round((previous.y + place.y) / 2));
          const entering = await stageLayout(page, chapter);
          const where = `${place.key} entering`;
          if (scene.visual) problems.push(...visualProblems(entering, where));
          for (const text of entering.texts) if (entering.drawn.some((drawn) => overlaps(text.box, drawn))) problems.push(`${where} «${text.text}» overlaps the visual`);
        }

        await scrollToY(page, place.y);
        expect(await shownPosition(page)).toEqual({ scene: sceneId, step: stepText });
        const layout = await stageLayout(page, chapter);
        const item = scene.steps[step]!;
        problems.push(...readingProblems(layout, place.key, step, Boolean(item.article || item.text)));
        if (scene.visual) problems.push(...visualProblems(layout, place.key));
        widestBars = Math.max(widestBars, barShare(layout));
        if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)) problems.push(`${place.key}: the page scrolls sideways`);
        for (const text of layout.texts) if (text.opacity > 0.99 && text.article && !shownWords.has(`${sceneId}/${text.step}`)) shownWords.set(`${sceneId}/${text.step}`, text.article);

        if (place.key === 'the-women/1') axeFound = await violations(page);
        if (step === lastStepOf(sceneId)) {
          const picture = await showPicture(page, [STORY_PROGRESS]);
          pictures.set(sceneId, picture);
          await writeFile(testInfo.outputPath(`${shape.name.replace(' ', '-')}-${String(deck.scenes.indexOf(scene)).padStart(2, '0')}-${sceneId}.png`), picture);
        }
      }
      expect.soft(problems, 'pictures shown and words readable at every place').toEqual([]);
      expect.soft(widestBars, 'the most of the screen left to bars').toBeLessThanOrEqual(MAX_BARS);
      expect.soft(axeFound, 'axe violations').toEqual([]);

      // Every sentence of the article passed, in order.
      const passed = normalizeSpace([...shownWords.values()].join(' '));
      let cursor = 0;
      const missing: string[] = [];
      for (const sentence of articleSentences) {
        const at = passed.indexOf(sentence, cursor);
        if (at < 0) missing.push(sentence);
        else cursor = at + sentence.length;
      }
      expect.soft(missing, 'article sentences not passed in order').toEqual([]);

      // Presenting in the same shape: backwards, so each scene lands on its last step at once.
      const present = await context.newPage();
      const differences: string[] = [];
      for (const [order, scene] of [...deck.scenes].reverse().entries()) {
        const last = scene.steps.length - 1;
        if (order === 0) {
          await present.goto(`./#/${scene.id}/${last}`);
          await present.waitForSelector('html[data-ready]');
        } else {
          await present.evaluate((hash) => (location.hash = hash), `#/${scene.id}/${last}`);
        }
        // Settled there, the scene before faded out: the picture shows whether every step is as it should be.
        await present.waitForSelector(`html[data-scene="${scene.id}"][data-step="${last}"][data-settled]`, { state: 'attached' });
        const layout = await stageLayout(present);
        if (barShare(layout) > MAX_BARS) differences.push(`presenting ${scene.id}: bars take ${(barShare(layout) * 100).toFixed(1)}%`);
        const fraction = differentFraction(pictures.get(scene.id)!, await showPicture(present));
        if (fraction > MAX_DIFFERENT) differences.push(`${scene.id}/${last}: ${(fraction * 100).toFixed(2)}% differs from presenting`);
      }
      expect.soft(differences, 'presenting fills the screen and looks as the story at rest').toEqual([]);
      console.log(`${shape.name}: stage ${await page.locator('[data-chapter] [data-stage]').first().getAttribute('data-stage-size')}, bars at most ${(widestBars * 100).toFixed(2)}%`);
      await present.close();
    });
  });
}
