/**
 * The talk opens on the wrist and its scar, right after the content note, and the article
 * returns to the very same drawing in "The scar": the same picture at the same place, drawn
 * the same way (slowly, stroke by stroke; under reduced motion, shown drawn at once). That
 * both scenes use one component is held in src/deck/title-scene.test.ts; here, what the
 * audience sees, presenting, scrolling and printed.
 */
import type { Page } from '@playwright/test';
import { expect, expectSettledAt, openDeck, shownPosition, test } from '../fixtures.ts';
import { differentFraction, MAX_DIFFERENT } from '../pictures.ts';

test.use({ viewport: { width: 1600, height: 900 } });

const scar = (page: Page) => page.locator('[data-scene-id] [data-visual] [data-cue="scar"]');

/** The drawing alone, repainted (as pictures.ts does) so that paint history plays no part. */
function drawingPicture(page: Page): Promise<Buffer> {
  return page.locator('[data-scene-id] [data-visual]').screenshot({ animations: 'disabled', style: '[data-stage] * { outline: 1px solid transparent !important; }' });
}

test('the content note comes first, then the title beside the wrist, before the article begins', async ({ page }) => {
  await openDeck(page);
  await expectSettledAt(page, 'content-note', 0);
  for (let press = 0; press < 2; press++) await page.keyboard.press('PageDown');
  const shown = await expectSettledAt(page, 'title', 0);
  expect(shown[0]!.text).toBe('The Scar on His Wrist');
  await expect(page.locator('[data-scene-id="title"] [data-article]')).toHaveCount(0);
  await expect(page.locator('[data-scene-id="title"] [data-step-index] [data-ours]')).toHaveCount(2);
  // The arm is drawn at the first step; the scar waits for the next.
  await expect(page.locator('[data-scene-id] [data-cue="wrist"]').first()).toBeVisible();
  await expect(scar(page)).toBeHidden();
  await page.keyboard.press('PageDown');
  await expectSettledAt(page, 'title', 1);
  await expect(scar(page)).toBeVisible();
  await page.keyboard.press('PageDown');
  expect(await shownPosition(page)).toEqual({ scene: 'the-film', step: '0' });
});

test('the scar the talk opens on is the scar the article reaches: the same drawing at the same place', async ({ page }) => {
  await openDeck(page, '#/title/1');
  await expectSettledAt(page, 'title', 1);
  const opening = { d: await scar(page).getAttribute('d'), box: await scar(page).boundingBox(), picture: await drawingPicture(page) };

  await openDeck(page, '#/the-scar/1');
  await expectSettledAt(page, 'the-scar', 1);
  const returning = { d: await scar(page).getAttribute('d'), box: await scar(page).boundingBox(), picture: await drawingPicture(page) };

  expect(returning.d).toBe(opening.d);
  expect(returning.box).toEqual(opening.box);
  expect(differentFraction(opening.picture, returning.picture)).toBeLessThanOrEqual(MAX_DIFFERENT);
});

/** The scar's stroke dashes while it enters: DrawSVG draws a line by growing its dash. */
async function dashesWhileEntering(page: Page): Promise<string[]> {
  await page.keyboard.press('PageDown');
  const seen: string[] = [];
  for (let sample = 0; sample < 10; sample++) {
    seen.push(await scar(page).evaluate((path) => getComputedStyle(path).strokeDasharray));
    await page.waitForTimeout(150);
  }
  return seen;
}

test('presenting, the scar is drawn slowly, stroke by stroke', async ({ page }) => {
  await openDeck(page, '#/title/0');
  await expectSettledAt(page, 'title', 0);
  const dashes = await dashesWhileEntering(page);
  expect(dashes.some((dash) => dash !== 'none'), `dashes: ${dashes.join(' | ')}`).toBe(true);
  await expectSettledAt(page, 'title', 1);
});

test('with reduced motion, the scar is shown drawn, without the stroke animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, '#/title/0');
  await expectSettledAt(page, 'title', 0);
  const dashes = await dashesWhileEntering(page);
  expect(new Set(dashes)).toEqual(new Set(['none']));
  await expectSettledAt(page, 'title', 1);
  await expect(scar(page)).toBeVisible();
});

test('the scroll story opens on the content note, and its first pinned picture is the wrist, the scar drawn at the title’s rest', async ({ page }) => {
  await page.goto('./?mode=scroll#/title/1');
  await page.waitForSelector('html[data-ready]');
  await expect.poll(() => shownPosition(page)).toEqual({ scene: 'title', step: '1' });
  const chapters = await page.locator('[data-chapter]').evaluateAll((sections) =>
    sections.map((section) => ({ id: section.getAttribute('data-chapter'), pictured: section.querySelector('.pin [data-visual]') !== null })),
  );
  expect(chapters[0]).toEqual({ id: 'content-note', pictured: false });
  expect(chapters.find((chapter) => chapter.pictured)?.id).toBe('title');
  const pinnedScar = page.locator('[data-chapter="title"] .pin [data-cue="scar"]');
  await expect(pinnedScar).toBeVisible();
  await expect.poll(() => pinnedScar.evaluate((path) => Number(getComputedStyle(path).opacity))).toBe(1);
});

test('printed, the cover shows the wrist and its scar complete, the content note follows it, and the title’s page shows them again', async ({ page }) => {
  await page.goto('./?view=print');
  await page.waitForSelector('html[data-print-ready]', { timeout: 60_000 });
  const printed = await page.locator('[data-print-page]').evaluateAll((pages) => pages.slice(0, 4).map((section) => section.querySelector('[data-scene-id]')?.getAttribute('data-scene-id') ?? 'cover'));
  expect(printed).toEqual(['cover', 'content-note', 'title', 'the-film']);
  const scarOnPage = page.locator('[data-print-page="2"] [data-cue="scar"]');
  await expect(scarOnPage).toBeVisible();
  expect(await scarOnPage.evaluate((path) => [getComputedStyle(path).opacity, getComputedStyle(path).strokeDasharray])).toEqual(['1', 'none']);
  // The cover (deck.yaml's `cover: title`) draws that very scene's drawing, whole: the same scar.
  const coverScar = page.locator('[data-print-page="0"] [data-cover-scene="title"] [data-cue="scar"]');
  await expect(coverScar).toBeVisible();
  expect(await coverScar.getAttribute('d')).toBe(await scarOnPage.getAttribute('d'));
  await expect(page.locator('[data-print-page="0"] [data-cover-scene] [data-cue]')).toHaveCount(await page.locator('[data-print-page="2"] [data-cue]').count());
});
