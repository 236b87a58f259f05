/**
 * The same scenes read as a scroll story. (That every resting place looks exactly as
 * presenting shows the step is in every-step.spec.ts, with the other ways of
 * reaching a step; phones, tablets and other shapes in read-on-every-screen.spec.ts.) Deep
 * links, keys, resizing, reduced motion (on a phone too), a portrait touchscreen, 200% zoom and
 * narrow windows, a kiosk and a static copy served from a sub-path.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { serveFolder } from '../../src/export/static-server.ts';
import { deck, expect, shownPosition, test } from '../fixtures.ts';
import { openStory, restingPlaces, scrollY, STORY_PROGRESS as PROGRESS, wheelTo } from '../scroll-story.ts';

test.use({ viewport: { width: 1600, height: 900 } });


test('deep links land on their step, a changed hash scrolls there, and a resize keeps the place', async ({ page }) => {
  await openStory(page, '#/the-women/2');
  const places = await restingPlaces(page);
  const women2 = places.find((place) => place.key === 'the-women/2')!;
  expect(await scrollY(page)).toBe(women2.y);
  expect(await shownPosition(page)).toEqual({ scene: 'the-women', step: '2' });

  await page.evaluate(() => (location.hash = '#/the-scar/1'));
  await expect.poll(() => shownPosition(page)).toEqual({ scene: 'the-scar', step: '1' });
  expect(await scrollY(page)).toBe(places.find((place) => place.key === 'the-scar/1')!.y);

  await page.setViewportSize({ width: 1280, height: 720 });
  await expect.poll(async () => (await restingPlaces(page)).find((place) => place.key === 'the-scar/1')!.y).not.toBe(places.find((place) => place.key === 'the-scar/1')!.y);
  const resized = (await restingPlaces(page)).find((place) => place.key === 'the-scar/1')!;
  await expect.poll(() => scrollY(page)).toBe(resized.y);
  expect(await shownPosition(page)).toEqual({ scene: 'the-scar', step: '1' });

  // An unknown scene in the link: the story opens at its start and says so.
  await openStory(page, '#/no-such-scene');
  expect(await shownPosition(page)).toEqual({ scene: deck.scenes[0]!.id, step: '0' });
  await expect(page.getByText('no-such-scene')).toBeVisible();
});

test('Space and Page Down move to the next step, Page Up back; the progress line follows', async ({ page }) => {
  await openStory(page);
  const places = await restingPlaces(page);
  const progress = () => page.locator(`${PROGRESS} > *`).evaluate((element) => new DOMMatrix(getComputedStyle(element).transform).a);
  const before = await progress();
  await page.keyboard.press('Space');
  await expect.poll(() => scrollY(page)).toBe(places[1]!.y);
  await page.keyboard.press('PageDown');
  await expect.poll(() => scrollY(page)).toBe(places[2]!.y);
  await expect.poll(() => shownPosition(page)).toEqual({ scene: places[2]!.key.split('/')[0], step: places[2]!.key.split('/')[1] });
  expect(await progress()).toBeGreaterThan(before);
  await page.keyboard.press('PageUp');
  await expect.poll(() => scrollY(page)).toBe(places[1]!.y);
});

test('with reduced motion, steps change by fading: nothing moves while the story scrolls', async ({ page }) => {
  await openStory(page, '&motion=reduced');
  const places = await restingPlaces(page);
  // Record every transform of the step texts while wheeling through three chapters.
  await watchTransforms(page, '[data-step-index]');
  const target = places.find((place) => place.key.startsWith('the-blade/'))!;
  await wheelTo(page, target.y);
  expect(await transformsSeen(page)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('with reduced motion, steps change by fading there too: the picture stays, nothing travels', async ({ page }) => {
    await openStory(page, '&motion=reduced');
    await expect(page.locator('[data-scroll-story]')).toHaveAttribute('data-reading', 'false');
    const places = await restingPlaces(page);
    await watchTransforms(page, '[data-step-index], [data-visual]');
    // A thumb's scroll through the scar and the blade, resting at each step.
    for (const place of places.filter((candidate) => /^(the-scar|the-blade)\//.test(candidate.key))) {
      await page.evaluate((top) => window.scrollTo({ top, behavior: 'smooth' }), place.y);
      await expect.poll(() => scrollY(page)).toBe(place.y);
      await page.waitForSelector('html[data-settled]');
      const [scene, step] = place.key.split('/');
      const words = page.locator(`[data-chapter="${scene}"] .pin [data-step-index="${step}"]`);
      await expect.poll(() => words.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
      await expect(page.locator(`[data-chapter="${scene}"] .pin [data-visual] svg`)).toBeVisible();
    }
    expect(await transformsSeen(page)).toEqual([]);
  });

  test('the help (?) lists what a reader can do here, each key above its words, and says to scroll', async ({ page }) => {
    await openStory(page);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keys' });
    await expect(help).toContainText('Next step');
    await expect(help).toContainText('Scroll, or swipe up and down');
    // No stage to black out or play, no full screen, go-to box, overview or look-ahead in a page being read.
    for (const absent of ['Black screen', 'Autoplay', 'Full screen', 'Go to a scene by number, id', 'Overview', 'look a step', 'Swipe left or right']) await expect(help).not.toContainText(absent);
    // Stacked: the words get the panel's width, not what two columns left them (80 px).
    const widths = await help.locator('dd').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThan(250);
  });
});

/** Starts noting, every frame, each transform other than none on the elements `selector` finds, by scene. */
async function watchTransforms(page: Page, selector: string): Promise<void> {
  await page.evaluate((selector) => {
    const seen = new Set<string>();
    (window as unknown as { __moves: Set<string> }).__moves = seen;
    const look = () => {
      for (const element of document.querySelectorAll<HTMLElement>(selector)) {
        const transform = getComputedStyle(element).transform;
        if (transform !== 'none' && transform !== 'matrix(1, 0, 0, 1, 0, 0)') seen.add(`${element.closest('[data-scene-id]')!.getAttribute('data-scene-id')}: ${transform}`);
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, selector);
}

const transformsSeen = (page: Page) => page.evaluate(() => [...(window as unknown as { __moves: Set<string> }).__moves]);

test('portrait touchscreen and landscape laptop: the story is readable in both', async ({ page }, testInfo) => {
  for (const [name, viewport] of [['landscape', { width: 1440, height: 900 }], ['portrait', { width: 1080, height: 1920 }]] as const) {
    await page.setViewportSize(viewport);
    await openStory(page, '#/the-women/1');
    await page.waitForSelector('html[data-settled]');
    // Article text is set large enough to read at arm's length on either screen.
    const smallest = await page.evaluate(() => {
      const sizes = [...document.querySelectorAll<HTMLElement>('[data-chapter="the-women"] .pin [data-article]')].map(
        (element) => parseFloat(getComputedStyle(element).fontSize) * (element.getBoundingClientRect().height / element.offsetHeight || 1),
      );
      return Math.min(...sizes);
    });
    expect(smallest, `${name}: rendered article text size`).toBeGreaterThanOrEqual(18);
    await testInfo.attach(`story-${name}.png`, { body: await page.screenshot(), contentType: 'image/png' });
  }
});

test('the static build works served from a sub-path, and describes itself to search engines', async ({ page }) => {
  const root = mkdtempSync(join(tmpdir(), 'story-subpath-'));
  cpSync(resolve(import.meta.dirname, '../../dist/renderer'), join(root, 'stories', 'the-scar'), { recursive: true });
  const server = await serveFolder(root);
  try {
    await page.goto(`${server.url}/stories/the-scar/index.html?mode=scroll#/the-film/0`);
    await page.waitForSelector('html[data-ready]');
    expect(await shownPosition(page)).toEqual({ scene: 'the-film', step: '0' });
    await expect(page.locator('[data-chapter="the-film"] .pin [data-article]').first()).toBeVisible();
    // Fonts and map data come from the sub-path too.
    expect(await page.evaluate(() => document.fonts.check('48px "Source Serif 4 Variable"'))).toBe(true);
    // A published page's search result and link preview: a description of the usual length (Lighthouse's SEO check).
    const description = await page.locator('head meta[name="description"]').getAttribute('content');
    expect(description).toContain('North Korean defectors forcibly returned from China');
    expect(description!.length).toBeGreaterThanOrEqual(50);
    expect(description!.length).toBeLessThanOrEqual(160);
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('frame times while wheel-scrolling a chapter are printed', async ({ page }) => {
  await openStory(page);
  const places = await restingPlaces(page);
  await page.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { __frames: number[] }).__frames = times;
    let last = performance.now();
    const tick = (now: number) => {
      times.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await wheelTo(page, places.find((place) => place.key.startsWith('the-journey/'))!.y);
  await wheelTo(page, places.find((place) => place.key.startsWith('the-blade/'))!.y);
  const frames = (await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames)).slice(1).sort((a, b) => a - b);
  const at = (share: number) => frames[Math.min(frames.length - 1, Math.floor(share * frames.length))]!.toFixed(1);
  console.log(`scroll story frames while wheeling (software rendering, this machine): ${frames.length} frames, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms`);
  expect(frames.length).toBeGreaterThan(10);
});

test('as an exhibition kiosk, the story goes back to its start after the idle time', async ({ page }) => {
  await page.clock.install();
  await page.goto('./?mode=scroll&kiosk&idle=20');
  await page.waitForSelector('html[data-ready]');
  const places = await restingPlaces(page);
  await wheelTo(page, places.find((place) => place.key === 'the-scar/1')!.y);
  expect(await shownPosition(page)).toEqual({ scene: 'the-scar', step: '1' });
  await page.clock.fastForward(15_000);
  expect(await shownPosition(page), 'a reader has the idle time to read').toEqual({ scene: 'the-scar', step: '1' });
  await page.clock.fastForward(6_000);
  await expect.poll(() => shownPosition(page)).toEqual({ scene: deck.scenes[0]!.id, step: '0' });
  expect(await scrollY(page)).toBe(places[0]!.y);
});

test('zoomed to 200%, the story reflows as an article: larger type, no sideways scrolling, headings per scene', async ({ page }, testInfo) => {
  // A 1280x800 window at 200% zoom is a 640x400 CSS viewport at twice the pixel density.
  await page.setViewportSize({ width: 640, height: 400 });
  await openStory(page);
  await expect(page.locator('[data-scroll-story]')).toHaveAttribute('data-reading', 'true');
  const layout = await page.evaluate(() => ({
    sideways: document.documentElement.scrollWidth > window.innerWidth,
    bodySize: parseFloat(getComputedStyle(document.querySelector('[data-chapter="the-film"] [data-article]')!).fontSize),
    headings: [...document.querySelectorAll('h2')].map((heading) => heading.textContent),
  }));
  expect(layout.sideways).toBe(false);
  expect(layout.bodySize).toBeGreaterThanOrEqual(20);
  expect(layout.headings).toEqual(deck.scenes.map((scene) => scene.title));
  // Every sentence of the article is there, in order.
  const article = await page.locator('[data-article]').allTextContents();
  expect(article).toEqual(deck.scenes.flatMap((scene) => scene.steps.map((step) => step.article).filter(Boolean)));
  await page.evaluate(() => window.scrollTo(0, document.getElementById('chapter-the-scar')!.offsetTop - 20));
  await testInfo.attach('story-zoom-200.png', { body: await page.screenshot(), contentType: 'image/png' });
  // A desktop window made narrow, upright like a phone but with a mouse, reads as an article too.
  await page.setViewportSize({ width: 500, height: 900 });
  await expect(page.locator('[data-scroll-story]')).toHaveAttribute('data-reading', 'true');
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
});
