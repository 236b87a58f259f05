/**
 * Motion follows the deck's rules wherever it is played: only transform, opacity and SVG
 * strokes ever animate (never layout), and under reduced motion nothing travels or
 * scales: only opacity changes. Watches every inline style and SVG geometry change
 * while the whole deck is played forward and back.
 */
import type { Page } from '@playwright/test';
import { everyStep, expect, expectSettledAt, openDeck, test } from '../fixtures.ts';

test.setTimeout(300_000);

/** Installs an observer that records which style properties and SVG attributes change, and how. */
async function watchStyleChanges(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const changes = { properties: new Set<string>(), attributes: new Set<string>(), transforms: new Set<string>() };
    (window as unknown as { styleChanges: typeof changes }).styleChanges = changes;
    const parse = (text: string | null) =>
      new Map(
        (text ?? '')
          .split(';')
          .map((declaration) => declaration.split(':'))
          .filter((parts) => parts.length >= 2)
          .map(([name, ...value]) => [name!.trim(), value.join(':').trim()]),
      );
    const observer = new MutationObserver((mutations) => {
      if (!document.documentElement.hasAttribute('data-ready')) return;
      for (const mutation of mutations) {
        const target = mutation.target as Element;
        if (target.matches('[data-stage]')) continue; // the stage is scaled to the window, not animated
        if (mutation.attributeName !== 'style') {
          changes.attributes.add(mutation.attributeName!);
          continue;
        }
        const before = parse(mutation.oldValue);
        const after = parse(target.getAttribute('style'));
        for (const name of new Set([...before.keys(), ...after.keys()])) {
          if (before.get(name) === after.get(name)) continue;
          changes.properties.add(name);
          if (name === 'transform' || name === 'translate' || name === 'scale') changes.transforms.add(after.get(name) ?? 'none');
        }
      }
    });
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document.body, {
        subtree: true,
        attributes: true,
        attributeOldValue: true,
        attributeFilter: ['style', 'x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'rx', 'ry', 'x1', 'x2', 'y1', 'y2', 'font-size'],
      }),
    );
  });
}

async function playWholeDeck(page: Page, query: string): Promise<{ properties: string[]; attributes: string[]; transforms: string[] }> {
  await watchStyleChanges(page);
  await page.goto(`./${query}`);
  await page.waitForSelector('html[data-ready]');
  for (const [index, place] of everyStep.entries()) {
    if (index > 0) await page.keyboard.press('PageDown');
    await expectSettledAt(page, place.sceneIndex, place.step);
  }
  // Back through a few scenes, so reversed steps are watched too.
  for (const place of everyStep.slice(-8).reverse().slice(1)) {
    await page.keyboard.press('PageUp');
    await expectSettledAt(page, place.sceneIndex, place.step);
  }
  return page.evaluate(() => {
    const changes = (window as unknown as { styleChanges: { properties: Set<string>; attributes: Set<string>; transforms: Set<string> } }).styleChanges;
    return { properties: [...changes.properties].sort(), attributes: [...changes.attributes].sort(), transforms: [...changes.transforms] };
  });
}

const LAYOUT_PROPERTY = /^(width|height|top|left|right|bottom|inset|margin|padding|font|line-height|letter-spacing|border|flex|grid|gap|min-|max-|position|display)/;

test('only transform, opacity and SVG strokes animate: never a layout property', async ({ page }) => {
  const changes = await playWholeDeck(page, '');
  expect(changes.properties.filter((name) => LAYOUT_PROPERTY.test(name))).toEqual([]);
  expect(changes.attributes).toEqual([]);
  // The rules are watched, not vacuous: the deck did animate.
  expect(changes.properties).toEqual(expect.arrayContaining(['opacity', 'transform', 'visibility']));
});

test('under reduced motion nothing travels or scales: only opacity changes', async ({ page }) => {
  const changes = await playWholeDeck(page, '?motion=reduced');
  expect(changes.properties.filter((name) => !['opacity', 'visibility'].includes(name))).toEqual([]);
  expect(changes.transforms).toEqual([]);
  expect(changes.attributes).toEqual([]);
  expect(changes.properties).toEqual(expect.arrayContaining(['opacity']));
});

test('reduced motion comes from the system setting too', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, '#/the-journey');
  await page.keyboard.press('PageDown');
  const boxes: string[] = [];
  for (let sample = 0; sample < 8; sample++) {
    boxes.push(JSON.stringify(await page.locator('[data-step-index="1"]').boundingBox()));
    await page.waitForTimeout(120);
  }
  expect(new Set(boxes).size).toBe(1);
  await expectSettledAt(page, 2, 1);
});
