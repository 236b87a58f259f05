/**
 * What only some pages or some moments need is not on the way to the first scene. Each scene's
 * drawing is a chunk of its own, loaded when the show is about to show it: the first scene is
 * ready before any map's drawing is asked for, and a scene jumped to before its drawing has come
 * waits for it, the show unsettled, then comes on drawn. The kiosk's layer loads only in a kiosk,
 * and zod (the sync messages' checks) and the presenter notes after the page is ready.
 */
import type { Route } from '@playwright/test';
import { deck, expect, expectSettledAt, openDeck, openPresenter, sceneIndexOf, test } from '../fixtures.ts';

const MAP_CHUNK = /\/assets\/(JourneyMap|LightsField)-[^/]*\.js$/;

test('the first scene is ready without the maps; a jump to the journey waits for its map, then settles with it drawn', async ({ page }) => {
  const held: Route[] = [];
  /** For each map chunk asked for: whether the page was already ready when it was. */
  const askedWhenReady: boolean[] = [];
  await page.route(MAP_CHUNK, async (route) => {
    askedWhenReady.push(await page.evaluate(() => document.documentElement.hasAttribute('data-ready')));
    held.push(route);
  });
  await openDeck(page, `#/${deck.scenes[0]!.id}/0`);
  await expectSettledAt(page, 0, 0);
  expect(askedWhenReady.every(Boolean), 'no map chunk is asked for before the first scene is ready').toBe(true);

  const journey = sceneIndexOf('the-journey');
  await page.keyboard.type(String(journey));
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-scene', 'the-journey');
  // Its map is held back: the scene is not put on stage without it, and the show does not claim to be settled.
  await expect.poll(() => held.length).toBeGreaterThan(0);
  await page.waitForTimeout(300);
  await expect(page.locator('[data-scene-id="the-journey"]')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-settled', /.*/);

  await Promise.all(held.map((route) => route.continue()));
  await page.unroute(MAP_CHUNK);
  await expectSettledAt(page, 'the-journey', 0);
  expect(await page.locator('[data-scene-id="the-journey"] [data-visual] svg path').count()).toBeGreaterThan(0);
});

test('a page that is not a kiosk never asks for the kiosk layer', async ({ page }) => {
  const asked: string[] = [];
  await page.route(/\/assets\/KioskLayer-[^/]*\.js$/, async (route) => {
    asked.push(route.request().url());
    await route.continue();
  });
  await openDeck(page, `#/${deck.scenes[0]!.id}/0`);
  await expectSettledAt(page, 0, 0);
  // Help and overview open their own chunks; none of it is the kiosk's.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(asked).toEqual([]);
});

test('no script before ready carries zod: the sync messages are checked once they come, and a presenter still drives the show', async ({ page, context }) => {
  /** Scripts fetched before the page was ready that carry zod's code (its internals are `_zod`). */
  const zodBeforeReady: string[] = [];
  await page.route(/\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    const ready = await page.evaluate(() => document.documentElement.hasAttribute('data-ready')).catch(() => false);
    if (!ready && body.includes('_zod')) zodBeforeReady.push(new URL(route.request().url()).pathname);
    await route.fulfill({ response, body });
  });
  await openDeck(page, `#/${deck.scenes[0]!.id}/0`);
  expect(zodBeforeReady).toEqual([]);
  // The audience hears the presenter's commands, checked by the chunk it fetched on the first message.
  const presenter = await openPresenter(context, { ready: true });
  await presenter.keyboard.press('PageDown');
  if (deck.scenes[0]!.steps.length > 1) await expectSettledAt(page, 0, 1);
  else await expectSettledAt(page, 1, 0);
});

test('no script before ready carries the presenter notes; the go-to box opened at once still finds words of them', async ({ page }) => {
  // A run of plain words from some scene's notes, as the bundle would carry them.
  const phrase = deck.scenes
    .map((scene) => scene.notes.html.replace(/<[^>]+>/g, ' ').match(/[A-Za-z]+(?: [A-Za-z]+){4,}/)?.[0])
    .find((words) => words !== undefined)!;
  expect(phrase, 'a phrase of the notes to look for').toBeTruthy();
  const notesBeforeReady: string[] = [];
  await page.route(/\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    const ready = await page.evaluate(() => document.documentElement.hasAttribute('data-ready')).catch(() => false);
    if (!ready && body.includes(phrase)) notesBeforeReady.push(new URL(route.request().url()).pathname);
    await route.fulfill({ response, body });
  });
  await openDeck(page);
  expect(notesBeforeReady, `scripts fetched before ready that carry "${phrase}"`).toEqual([]);
  await page.keyboard.press('g');
  await page.keyboard.type(phrase.split(' ').slice(0, 5).join(' '));
  await expect(page.getByRole('listbox', { name: 'Places found' }).getByRole('option').first()).toBeVisible();
});
