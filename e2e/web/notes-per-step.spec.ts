/**
 * Notes written per step ([step n] in a slide's notes): the presenter marks the part for the
 * step on screen and scrolls it into view, dims the parts already said, each said in words as
 * well as in colour; a scene without markers shows its notes as one block, as before; printed
 * notes pages give each part under its step, in step order.
 */
import type { Page } from '@playwright/test';
import { violations } from '../axe.ts';
import { deck, expect, expectSettledAt, openDeck, openPresenter, test } from '../fixtures.ts';

const testimony = deck.scenes.findIndex((scene) => scene.id === 'one-testimony');
const scar = deck.scenes.findIndex((scene) => scene.id === 'the-scar');


/** Each part of the notes as the presenter shows it: step, when, label, colour, and whether it is in view. */
function partsShown(presenter: Page) {
  return presenter.evaluate(() => {
    const scroller = document.querySelector<HTMLElement>('[data-notes]')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('[data-notes-step]')].map((part) => {
      const box = part.getBoundingClientRect();
      return {
        step: part.dataset.notesStep,
        when: part.dataset.notesWhen,
        current: part.getAttribute('aria-current'),
        label: part.querySelector('.label')?.textContent?.trim() ?? '',
        color: getComputedStyle(part).color,
        inView: box.top >= scroller.top - 1 && box.top < scroller.bottom - 20,
      };
    });
  });
}

test('the presenter marks the notes of each step as the show moves, and keeps them in view', async ({ page, context }) => {
  await openDeck(page, `#/one-testimony`);
  const presenter = await openPresenter(context, { ready: true });
  // The largest notes text, so the parts do not all fit and the notes must scroll.
  const larger = presenter.getByRole('button', { name: 'Larger notes text' });
  while (await larger.isEnabled()) await larger.click();

  const steps = deck.scenes[testimony]!.steps.length;
  for (let step = 0; step < steps; step++) {
    if (step > 0) await presenter.keyboard.press('PageDown');
    await expectSettledAt(page, testimony, step);
    await expect(presenter.locator('[data-notes-when="now"]')).toHaveAttribute('data-notes-step', String(step));
    await expect.poll(async () => (await partsShown(presenter)).find((part) => part.when === 'now')?.inView).toBe(true);
    const parts = await partsShown(presenter);
    expect(parts.map((part) => part.step)).toEqual(['scene', ...Array.from({ length: steps }, (_, index) => String(index))]);
    for (const part of parts.slice(1)) {
      const index = Number(part.step);
      const when = index < step ? 'past' : index === step ? 'now' : 'later';
      expect(part.when, `part ${index} at step ${step}`).toBe(when);
      // Said in words, not by colour alone.
      expect(part.label).toBe(`Step ${index + 1}${when === 'now' ? ' · now' : when === 'past' ? ' · said' : ''}`);
      expect(part.current).toBe(when === 'now' ? 'step' : null);
    }
    const later = parts.find((part) => part.when === 'later');
    const past = parts.find((part) => part.when === 'past');
    if (later && past) {
      expect(past.color, 'past parts are dimmed').not.toBe(later.color);
      // Dimmed, still readable: axe checks the contrast of every part, marked and dimmed.
      expect(await violations(presenter)).toEqual([]);
    }
  }
  // Scrolled back up to the first step's part when the speaker goes back.
  await presenter.keyboard.press('Home');
  await presenter.keyboard.type(String(testimony));
  await presenter.keyboard.press('Enter');
  await expectSettledAt(page, testimony, 0);
  await expect.poll(async () => (await partsShown(presenter)).find((part) => part.when === 'now')).toMatchObject({ step: '0', inView: true });
});

test('under reduced motion the notes jump to the step at once, in one scroll', async ({ page, context }) => {
  await openDeck(page, `#/one-testimony`);
  const presenter = await openPresenter(context, { query: '&motion=reduced', ready: true });
  const larger = presenter.getByRole('button', { name: 'Larger notes text' });
  while (await larger.isEnabled()) await larger.click();
  await presenter.evaluate(() => {
    const scroller = document.querySelector('[data-notes]')!;
    (window as unknown as { scrolls: number }).scrolls = 0;
    scroller.addEventListener('scroll', () => (window as unknown as { scrolls: number }).scrolls++);
  });
  for (let step = 1; step < 4; step++) await presenter.keyboard.press('PageDown');
  await expectSettledAt(page, testimony, 3);
  await expect.poll(async () => (await partsShown(presenter)).find((part) => part.when === 'now')).toMatchObject({ step: '3', inView: true });
  // Three steps, so at most three scroll events: no smooth scroll spreads one over many frames.
  expect(await presenter.evaluate(() => (window as unknown as { scrolls: number }).scrolls)).toBeLessThanOrEqual(3);
});

test('a scene without markers shows its notes as one block, as before', async ({ page, context }) => {
  await openDeck(page, `#/the-scar`);
  const presenter = await openPresenter(context, { ready: true });
  for (const step of [0, 1]) {
    if (step > 0) await presenter.keyboard.press('PageDown');
    await expectSettledAt(page, scar, step);
    await expect(presenter.locator('[data-notes-step]')).toHaveCount(0);
    // The rendered notes exactly, as the browser parses them.
    const same = await presenter.locator('[data-notes]').evaluate((notes, html) => {
      const expected = document.createElement('div');
      expected.innerHTML = html;
      return notes.innerHTML.replace(/<!---->/g, '').trim() === expected.innerHTML.trim();
    }, deck.scenes[scar]!.notes.html);
    expect(same).toBe(true);
  }
});

test('printed notes pages give each part under its step, in step order', async ({ page }) => {
  await page.goto('./?view=print&notes');
  await page.waitForSelector('html[data-print-ready]');
  for (const [sceneIndex, scene] of deck.scenes.entries()) {
    const notesPage = page.locator('.notes-page').filter({ has: page.getByText(`Presenter notes · Scene ${sceneIndex}`, { exact: true }) });
    const parts = notesPage.locator('[data-printed-notes-step]');
    if (scene.notes.parts.length === 0) {
      await expect(parts).toHaveCount(0);
      continue;
    }
    const expected = scene.notes.parts.map((part) => (part.step === null ? 'The whole scene' : `Step ${part.step + 1} of ${scene.steps.length}`));
    await expect(parts.locator('.step')).toHaveText(expected);
  }
  // Nothing is cut off: every notes page, and every handout row, holds its notes in full.
  const cutOff = (selector: string) =>
    page.evaluate((notes) => [...document.querySelectorAll<HTMLElement>(notes)].filter((element) => element.closest('.page')!.getBoundingClientRect().bottom < element.getBoundingClientRect().bottom || element.scrollHeight > element.clientHeight + 1).map((element) => element.innerText.slice(0, 60)), selector);
  expect(await cutOff('.notes-page .notes')).toEqual([]);
  await page.goto('./?view=print&handout');
  await page.waitForSelector('html[data-print-ready]');
  expect(await cutOff('.handout-notes')).toEqual([]);
  // The deck writes notes per step where a speaker benefits: the opening, the testimonies and the demands.
  expect(deck.scenes.filter((scene) => scene.notes.parts.length > 0).map((scene) => scene.id)).toEqual(['title', 'captivity', 'the-women', 'one-testimony', 'three-demands']);
});
