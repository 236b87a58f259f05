/**
 * A speaker presents the scroll story (`?mode=scroll`) from the presenter window: the
 * story owns the show in its window, the presenter follows where the reader is and
 * drives the story with its keys and buttons.
 */
import type { Page } from '@playwright/test';
import { deck, expect, openPresenter, shownPosition, test } from '../fixtures.ts';
import { openStory, restingPlaces, scrollY } from '../scroll-story.ts';


const presenterTitle = (presenter: Page) => presenter.locator('.where h1');
const titleOf = (id: string) => deck.scenes.find((scene) => scene.id === id)!.title;

test('the presenter window follows the scroll story and drives it', async ({ page, context }) => {
  await openStory(page, '#/the-scar/1');
  const places = await restingPlaces(page);
  const placeOf = (key: string) => places.find((place) => place.key === key)!;
  const presenter = await openPresenter(context, { query: '&mode=scroll' });

  // Follows: the presenter shows where the reader is, and says so in its document state.
  await expect(presenterTitle(presenter)).toHaveText(titleOf('the-scar'));
  await presenter.waitForSelector('html[data-ready]');
  await expect.poll(() => shownPosition(presenter)).toEqual({ scene: 'the-scar', step: '1' });

  // Drives: the presenter's key scrolls the story to its next resting place.
  const next = places[places.findIndex((place) => place.key === 'the-scar/1') + 1]!;
  await presenter.keyboard.press('PageDown');
  await expect.poll(() => scrollY(page)).toBe(next.y);
  await expect.poll(() => shownPosition(page)).toEqual({ scene: next.key.split('/')[0], step: next.key.split('/')[1] });
  await expect.poll(() => shownPosition(presenter)).toEqual(await shownPosition(page));

  // The buttons and the scene list drive it too.
  await presenter.getByRole('button', { name: 'Previous step' }).click();
  await expect.poll(() => scrollY(page)).toBe(placeOf('the-scar/1').y);
  await presenter.locator('[data-scene-button="three-demands"]').click();
  await expect.poll(() => shownPosition(page)).toEqual({ scene: 'three-demands', step: '0' });
  expect(await scrollY(page)).toBe(placeOf('three-demands/0').y);
  await expect(presenterTitle(presenter)).toHaveText(titleOf('three-demands'));

  // The reader moves the story: the presenter follows.
  await page.keyboard.press('PageUp');
  await expect.poll(() => shownPosition(page)).not.toEqual({ scene: 'three-demands', step: '0' });
  await expect.poll(() => shownPosition(presenter)).toEqual(await shownPosition(page));
});

test('a reload of the scroll story keeps the presenter following it', async ({ page, context }) => {
  await openStory(page, '#/the-journey/1');
  const presenter = await openPresenter(context, { query: '&mode=scroll' });
  await expect.poll(() => shownPosition(presenter)).toEqual({ scene: 'the-journey', step: '1' });
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await presenter.keyboard.press('Home');
  await expect.poll(() => shownPosition(page)).toEqual({ scene: deck.scenes[0]!.id, step: '0' });
  await expect.poll(() => shownPosition(presenter)).toEqual({ scene: deck.scenes[0]!.id, step: '0' });
});

test('S in the scroll story opens the presenter view on it, as it does presenting', async ({ page }) => {
  await openStory(page, '#/the-blade/0');
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const presenter = await popup;
  await presenter.waitForSelector('[data-presenter]');
  const query = new URL(presenter.url()).searchParams;
  expect([query.get('view'), query.get('mode')]).toEqual(['presenter', 'scroll']);
  await expect(presenterTitle(presenter)).toHaveText(titleOf('the-blade'));
});
