/**
 * The speaker looks ahead without moving the room: in the presenter window, ] and [ (or the
 * buttons) walk a private preview through the deck while the audience's data-scene and
 * data-step stay put; a band in words says it is not on screen; L goes back to live; "Show
 * this" sends the audience there. The clicker's keys keep driving the live show throughout.
 */
import type { Page } from '@playwright/test';
import { deck, expect, expectSettledAt, openDeck, openPresenter, shownPosition, test } from '../fixtures.ts';

const sceneIndex = (id: string) => deck.scenes.findIndex((scene) => scene.id === id);


/** Where the private preview is, as the presenter draws it. */
async function previewAt(presenter: Page): Promise<{ scene: string | null; step: string | null } | null> {
  const preview = presenter.locator('[data-look-ahead]');
  if ((await preview.count()) === 0) return null;
  return { scene: await preview.getAttribute('data-look-ahead-scene'), step: await preview.getAttribute('data-look-ahead-step') };
}

/** The audience, and the presenter's own document state, both still say where the live show is. */
async function expectLiveAt(page: Page, presenter: Page, scene: string, step: number) {
  expect(await shownPosition(page)).toEqual({ scene, step: String(step) });
  expect(await shownPosition(presenter)).toEqual({ scene, step: String(step) });
}

test('] and [ walk a private preview while the audience stays put; L goes back to live', async ({ page, context }) => {
  await openDeck(page, '#/captivity/1');
  const presenter = await openPresenter(context);
  await expect(presenter.locator('.step-count')).toHaveText('Step 2 of 3');
  expect(await previewAt(presenter)).toBeNull();

  const walk: [string, { scene: string; step: string }][] = [
    [']', { scene: 'captivity', step: '2' }],
    [']', { scene: 'the-women', step: '0' }],
    [']', { scene: 'the-women', step: '1' }],
    ['[', { scene: 'the-women', step: '0' }],
    [']', { scene: 'the-women', step: '1' }],
  ];
  for (const [key, expected] of walk) {
    await presenter.keyboard.press(key);
    await expect.poll(() => previewAt(presenter)).toEqual(expected);
    await expectLiveAt(page, presenter, 'captivity', 1);
  }
  // Unmistakable, in words: not colour alone.
  const band = presenter.locator('[data-look-ahead] [role="status"]');
  await expect(band).toContainText('Preview — not on screen');
  await expect(band).toContainText(`Scene ${sceneIndex('the-women')}, “The women”, step 2 of 3`);
  await expect(band).toContainText(`The room sees scene ${sceneIndex('captivity')}, step 2.`);
  // The preview is the scene itself at that step.
  await expect(presenter.locator('[data-look-ahead] [data-scene-id="the-women"]')).toHaveCount(1);
  await expect(page.locator('[data-look-ahead]')).toHaveCount(0);

  await presenter.keyboard.press('l');
  await expect.poll(() => previewAt(presenter)).toBeNull();
  await expectLiveAt(page, presenter, 'captivity', 1);
});

test('the clicker’s keys drive the live show while a preview is open, never the preview', async ({ page, context }) => {
  await openDeck(page, '#/captivity/1');
  const presenter = await openPresenter(context);
  await expect(presenter.locator('.step-count')).toHaveText('Step 2 of 3');
  await presenter.keyboard.press(']');
  await presenter.keyboard.press(']');
  const preview = { scene: 'the-women', step: '0' };
  await expect.poll(() => previewAt(presenter)).toEqual(preview);

  await presenter.keyboard.press('PageDown');
  await expectSettledAt(page, sceneIndex('captivity'), 2);
  expect(await previewAt(presenter)).toEqual(preview);
  await presenter.keyboard.press('PageUp');
  await expectSettledAt(page, sceneIndex('captivity'), 1);
  await presenter.keyboard.press('ArrowRight');
  await expectSettledAt(page, sceneIndex('captivity'), 2);
  await presenter.keyboard.press('ArrowLeft');
  await expectSettledAt(page, sceneIndex('captivity'), 1);
  expect(await previewAt(presenter)).toEqual(preview);
  // The band follows the live show it names.
  await expect(presenter.locator('[data-look-ahead] [role="status"]')).toContainText(`The room sees scene ${sceneIndex('captivity')}, step 2.`);

  // A clicker's black screen still reaches the room, and Esc does not close the preview.
  await presenter.keyboard.press('b');
  await expect(page.locator('[data-blackout]')).toBeVisible();
  await presenter.keyboard.press('b');
  await expect(page.locator('[data-blackout]')).toHaveCount(0);
  await presenter.keyboard.press('Escape');
  expect(await previewAt(presenter)).toEqual(preview);
});

test('“Show this” sends the audience to the preview’s place and returns to live; all by keyboard', async ({ page, context }) => {
  await openDeck(page, '#/the-film');
  const presenter = await openPresenter(context);
  await expect(presenter.locator('.where h1')).toHaveText('The film');

  // The button that opens it, reached and pressed by keyboard.
  const open = presenter.locator('[data-look-ahead-open]');
  await open.focus();
  await presenter.keyboard.press('Enter');
  await expect.poll(() => previewAt(presenter)).toEqual({ scene: 'the-journey', step: '0' });
  await expectLiveAt(page, presenter, 'the-film', 0);
  await presenter.keyboard.press(']');
  await presenter.keyboard.press(']');
  await expect.poll(() => previewAt(presenter)).toEqual({ scene: 'the-scar', step: '0' });

  await presenter.locator('[data-look-ahead-show]').focus();
  await presenter.keyboard.press('Enter');
  await expectSettledAt(page, sceneIndex('the-scar'), 0);
  await expect.poll(() => previewAt(presenter)).toBeNull();
  await expect(presenter.locator('.where h1')).toHaveText('The scar');
  // Focus is not dropped on the page: it is back on the button that looks ahead.
  await expect(open).toBeFocused();

  // Back to live by its button (Space), the room unmoved.
  await presenter.keyboard.press(' ');
  await expect.poll(() => previewAt(presenter)).toEqual({ scene: 'the-scar', step: '1' });
  await presenter.locator('[data-look-ahead-live]').focus();
  await presenter.keyboard.press(' ');
  await expect.poll(() => previewAt(presenter)).toBeNull();
  await expectLiveAt(page, presenter, 'the-scar', 0);
});
