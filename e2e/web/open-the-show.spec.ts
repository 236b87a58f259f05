/**
 * Opening the show: the fonts of the first scene start downloading from the page's head,
 * beside the script, instead of after it has run and laid the text out (see
 * src/build/preload-fonts.ts; `npm run bench` measures the time this saves).
 */
import { expect, openDeck, test } from '../fixtures.ts';

test('the first scene is set only in preloaded fonts, each fetched once', async ({ page }) => {
  await openDeck(page);
  const fonts = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.name.endsWith('.woff2'))
      .map((entry) => ({ file: entry.name.split('/').pop()!, initiator: entry.initiatorType })),
  );
  const preloaded = await page.locator('head link[rel="preload"][as="font"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href.split('/').pop()!));
  expect(preloaded.length, 'fonts preloaded by the page').toBeGreaterThan(0);
  // A preload whose request does not match the font's own (a missing crossorigin) would show
  // here as a second request for the same file, from the style sheet.
  expect(fonts.map((font) => font.file).sort(), 'font files fetched by the first scene').toEqual([...preloaded].sort());
  for (const font of fonts) expect(font.initiator, `${font.file} requested by`).toBe('link');
});
