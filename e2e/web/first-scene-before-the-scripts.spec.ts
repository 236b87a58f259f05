/**
 * The first scene is painted before the renderer's scripts run (the build writes it into
 * index.html: src/renderer/first-scene/), and the renderer takes it over without a flash or a
 * shift: the picture while the scripts are held back and the picture once the show is ready are
 * the same, pixel for pixel within the show's allowance, and no layout shift is recorded. Pages
 * that do not open on that picture (another scene, another view, a kiosk) never show it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page, Route } from '@playwright/test';
import { serveFolder } from '../../src/export/static-server.ts';
import { differentFraction, MAX_DIFFERENT, showPicture } from '../pictures.ts';
import { deck, expect, expectSettledAt, test } from '../fixtures.ts';

/** The renderer's entry script: held back, the page has only what index.html painted. */
const ENTRY_SCRIPT = /\/assets\/index-[^/]*\.js$/;

const SHAPES = [
  { name: '16:9 screen', viewport: { width: 1600, height: 900 }, mobile: false },
  { name: '16:10 laptop', viewport: { width: 1280, height: 800 }, mobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, mobile: true },
];

/** A page whose entry script waits until `release` is called, recording every layout shift from the start. */
async function pageWithScriptsHeld(browser: Browser, baseURL: string, shape: { viewport: { width: number; height: number }; mobile: boolean }) {
  const context = await browser.newContext({ baseURL, viewport: shape.viewport, isMobile: shape.mobile, hasTouch: shape.mobile });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const held: Route[] = [];
  let released = false;
  await page.route(ENTRY_SCRIPT, (route) => (released ? route.continue() : void held.push(route)));
  const release = async () => {
    await expect.poll(() => held.length, 'the entry script was asked for').toBeGreaterThan(0);
    released = true;
    await Promise.all(held.map((route) => route.continue()));
  };
  return { context, page, release };
}

/**
 * Watches every frame from now until the show is ready and settled: in each, what is seen of the
 * first step's words (the painted copy while it is there, on top; the show's own after) is fully
 * opaque and in its place. Resolves with the frames where it was not: a fade or an entrance
 * played over the painted picture would be a flash, though the end picture is the same.
 */
function watchForFlashes(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const flashes: string[] = [];
        const seen = () => {
          const painted = document.querySelector('#first-scene [data-step-index="0"]');
          return painted ?? document.querySelector('#app [data-scene-id] [data-step-index="0"]');
        };
        const frame = () => {
          const words = seen();
          if (words) {
            let opacity = 1;
            for (let element: Element | null = words; element; element = element.parentElement) opacity *= Number(getComputedStyle(element).opacity);
            const { transform, visibility } = getComputedStyle(words);
            const moved = transform !== 'none' && new DOMMatrix(transform).f !== 0;
            if (opacity < 0.999 || moved || visibility !== 'visible') flashes.push(`${words.closest('#first-scene') ? 'painted' : 'show'}: opacity ${opacity.toFixed(3)}, ${transform}, ${visibility}`);
          }
          const root = document.documentElement;
          if (root.hasAttribute('data-ready') && root.hasAttribute('data-settled')) resolve(flashes);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/** How each part of the scene's drawing is painted (fill, stroke, visibility), in the copy under `root`. */
const drawingStyles = (page: Page, root: string) =>
  page.locator(`${root} [data-scene-id] [data-visual] svg *`).evaluateAll((parts) =>
    parts.map((part) => {
      const style = getComputedStyle(part);
      // Ids made by $props.id() differ between the server's render and the page's (s1-…, c1-…); what they point at is the same.
      const paint = (value: string) => value.replace(/url\("#[a-z]+\d+-/, 'url("#');
      const shown = style.visibility === 'visible' ? `visible ${style.opacity}` : 'hidden';
      return `${part.tagName} ${paint(style.fill)} ${paint(style.stroke)} ${style.strokeWidth} ${shown}`;
    }),
  );

const layoutShifts = (page: Page) => page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);

/**
 * Opens the page with its entry script held, checks the painted first scene is on screen before
 * it, lets the script come, and checks the takeover: no frame faded or moved, the same picture,
 * no layout shift, and the show live.
 */
async function expectSeamlessTakeover(browser: Browser, baseURL: string, shape: { viewport: { width: number; height: number }; mobile: boolean }, firstScene: { id: string; firstWords: string; steps: number }) {
  const { context, page, release } = await pageWithScriptsHeld(browser, baseURL, shape);
  try {
    await page.goto('./', { waitUntil: 'commit' });
    const painted = page.locator('#first-scene[data-shown]');
    await expect(painted, 'the painted first scene is shown once its fonts are in').toBeAttached();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-ready')), 'no script of the renderer has run').toBe(false);
    // The words of the first step are there, in the article's serif, as on the stage; the later step is not yet.
    const firstWords = painted.locator('[data-step-index="0"] .text');
    await expect(firstWords).toHaveText(firstScene.firstWords);
    await expect(firstWords).toBeVisible();
    expect(await firstWords.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/Source Serif 4/);
    expect(await page.evaluate(() => document.fonts.check('400 40px "Source Serif 4 Variable"'))).toBe(true);
    if (firstScene.steps > 1) await expect(painted.locator('[data-step-index="1"]')).toBeHidden();
    const before = await showPicture(page);
    const drawingBefore = await drawingStyles(page, '#first-scene');

    const flashes = watchForFlashes(page);
    await release();
    await page.waitForSelector('html[data-ready]');
    await expectSettledAt(page, firstScene.id, 0);
    expect(await flashes, 'frames where the first words were faded or out of place during the takeover').toEqual([]);
    await expect(page.locator('#first-scene'), 'the painted copy is gone once the show is ready').toHaveCount(0);
    const after = await showPicture(page);
    // Dark on dark, a drawing without its stylesheet can pass for the right picture: its parts' own styles are compared too.
    expect(drawingBefore, 'the painted drawing, styled as the show styles it').toEqual(await drawingStyles(page, '#app'));
    expect(differentFraction(before, after), 'pixels that differ between the painted scene and the show taking it over').toBeLessThanOrEqual(MAX_DIFFERENT);
    expect(await layoutShifts(page), 'layout shifts from the first paint to the show at rest').toEqual([]);
    // The show it became is live: the next step comes on.
    if (firstScene.steps > 1) {
      await page.keyboard.press('ArrowRight');
      await expectSettledAt(page, firstScene.id, 1);
    }
  } finally {
    await context.close();
  }
}

const first = deck.scenes[0]!;
for (const shape of SHAPES) {
  test(`${shape.name}: the first scene is on screen before the scripts, and taking it over changes no pixel and moves nothing`, async ({ browser, baseURL }) => {
    await expectSeamlessTakeover(browser, baseURL!, shape, { id: first.id, firstWords: first.steps[0]!.article || first.steps[0]!.text, steps: first.steps.length });
  });
}

test('a deck that opens on a drawing: the drawing is painted too, at its first step, styled by its own stylesheet', async ({ browser }) => {
  test.setTimeout(120_000);
  // The deck without its content note opens on the title scene: the wrist, drawn at its first step, the scar not yet.
  const work = mkdtempSync(join(tmpdir(), 'first-scene-'));
  const slides = join(work, 'slides');
  cpSync(resolve('slides'), slides, { recursive: true });
  rmSync(join(slides, '00-content-note.md'));
  const built = join(work, 'renderer');
  execFileSync('npx', ['vite', 'build', '--outDir', built, '--emptyOutDir', '--logLevel', 'error'], { env: { ...process.env, DECK_SLIDES_DIR: slides } });
  const server = await serveFolder(built);
  try {
    const title = deck.scenes[1]!;
    await expectSeamlessTakeover(browser, `${server.url}/`, SHAPES[0]!, { id: title.id, firstWords: title.steps[0]!.text, steps: title.steps.length });
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
});

test('a page that does not open on the first scene never shows the painted one', async ({ browser, baseURL }) => {
  const second = deck.scenes[1]!.id;
  for (const address of [`./#/${second}`, `./#/${deck.scenes[0]!.id}/1`, './?view=presenter', './?mode=scroll', './?view=print', './?kiosk']) {
    const { context, page, release } = await pageWithScriptsHeld(browser, baseURL!, SHAPES[0]!);
    try {
      await page.goto(address, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.readyState !== 'loading');
      await expect(page.locator('#first-scene'), `${address}: the painted first scene, removed before it is drawn`).toHaveCount(0);
      await release();
    } finally {
      await context.close();
    }
  }
});
