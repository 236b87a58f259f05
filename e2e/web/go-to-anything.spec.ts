/**
 * Go to anything (G): in the audience window and the presenter window, a box that takes a
 * scene number, id or title, or words of the article, our text or the notes, lists the places
 * as one types, and goes to the one chosen (from the presenter, over the link). Keyboard only,
 * a combobox axe finds nothing wrong with; never in a kiosk. Digits then Enter still work.
 */
import type { Page } from '@playwright/test';
import { violations } from '../axe.ts';
import { deck, expect, expectSettledAt, openDeck, openPresenter, test } from '../fixtures.ts';

const indexOf = (id: string) => deck.scenes.findIndex((scene) => scene.id === id);
const box = (page: Page) => page.getByRole('combobox', { name: 'A scene number, id or title, or words from the talk or the notes' });
const options = (page: Page) => page.getByRole('listbox', { name: 'Places found' }).getByRole('option');


/** Opens the box with G, types, and checks the first place listed before going there with Enter. */
async function goTo(page: Page, query: string, first: { scene: number; step: number }): Promise<void> {
  await page.keyboard.press('g');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type(query);
  await expect(options(page).first()).toHaveAttribute('data-go-to-place', `${first.scene}/${first.step}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

test('by number, id and title, then digits and Enter as before', async ({ page }) => {
  await openDeck(page, '#/the-film');
  await goTo(page, '6', { scene: 6, step: 0 });
  await expectSettledAt(page, 6, 0);
  await goTo(page, 'three-demands', { scene: indexOf('three-demands'), step: 0 });
  await expectSettledAt(page, indexOf('three-demands'), 0);
  await goTo(page, 'ANOTHER lu jiwan', { scene: indexOf('another-lu-jiwan'), step: 0 });
  await expectSettledAt(page, indexOf('another-lu-jiwan'), 0);

  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expectSettledAt(page, 4, 0);
});

test('words from every scene find their step, and Enter goes there', async ({ page }) => {
  test.setTimeout(240_000);
  await openDeck(page, '#/the-film');
  for (const [sceneIndex, scene] of deck.scenes.entries()) {
    // The last step's words (the article, or ours where a step has none), a few from its middle.
    const step = scene.steps.length - 1;
    const words = (scene.steps[step]!.article || scene.steps[step]!.text).split(' ');
    const phrase = words.slice(1, 6).join(' ');
    await goTo(page, phrase, { scene: sceneIndex, step });
    await expectSettledAt(page, sceneIndex, step);
  }
});

test('the place listed shows the words matched; curly quotes and case do not matter; arrows choose', async ({ page }) => {
  await openDeck(page, '#/the-film');
  await page.keyboard.press('G');
  await page.keyboard.type('WASN\'T THE STORY');
  const first = options(page).first();
  await expect(first).toHaveAttribute('data-go-to-place', `${indexOf('the-scar')}/0`);
  await expect(first).toContainText(`Scene ${indexOf('the-scar')} · The scar · step 1 of 2`);
  await expect(first.locator('mark')).toHaveText('wasn’t the story');
  await expect(page.locator('[data-go-to-count]')).toHaveText('1 place found');

  await box(page).fill('lu jiwan');
  await expect(page.locator('[data-go-to-count]')).toHaveText(/^\d+ places found/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const chosen = options(page).nth(1);
  await expect(chosen).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await chosen.getAttribute('id'))!);
  const [scene, step] = (await chosen.getAttribute('data-go-to-place'))!.split('/').map(Number);
  await page.keyboard.press('Enter');
  await expectSettledAt(page, scene!, step!);

  // Words of the notes, and a click.
  await page.keyboard.press('g');
  await page.keyboard.type('read them flatly; do not act');
  await expect(options(page)).toHaveCount(1);
  await options(page).first().click();
  await expectSettledAt(page, indexOf('one-testimony'), 2);
});

test('Esc closes the box and gives focus back; nothing found is said', async ({ page, context }) => {
  await openDeck(page, '#/the-film');
  const presenter = await openPresenter(context, { ready: true });
  const next = presenter.getByRole('button', { name: 'Next step' });
  await next.focus();
  await presenter.keyboard.press('g');
  await expect(box(presenter)).toBeFocused();
  await presenter.keyboard.type('no such words here');
  await expect(presenter.locator('[data-go-to-count]')).toHaveText('Nothing found');
  await expect(box(presenter)).toHaveAttribute('aria-expanded', 'false');
  await presenter.keyboard.press('Escape');
  await expect(presenter.getByRole('dialog')).toHaveCount(0);
  await expect(next).toBeFocused();
  await expectSettledAt(page, 'the-film', 0);
});

test('from the presenter, the audience goes there; axe finds nothing in the box in either window', async ({ page, context }) => {
  await openDeck(page, '#/the-film');
  const presenter = await openPresenter(context, { ready: true });
  await presenter.keyboard.press('g');
  await presenter.keyboard.type('maggots');
  await expect(options(presenter)).toHaveCount(1);
  await presenter.keyboard.press('ArrowDown');
  expect(await violations(presenter)).toEqual([]);
  await presenter.keyboard.press('Enter');
  await expectSettledAt(page, indexOf('captivity'), 1);
  await expect(presenter.locator('.step-count')).toHaveText('Step 2 of 3');

  await page.bringToFront();
  await page.keyboard.press('g');
  await page.keyboard.type('belgium');
  await expect(options(page).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  expect(await violations(page)).toEqual([]);
});

test('a kiosk has no go-to box', async ({ page }) => {
  await page.goto('./?kiosk&pin=2468');
  await page.waitForSelector('html[data-ready]');
  await page.keyboard.press('g');
  await page.keyboard.press('G');
  await expect(page.locator('[data-go-to]')).toHaveCount(0);
});
