/**
 * The budgets take reveal.js as their yardstick, so the bench measures reveal.js too, the same way
 * and on the same machine: the deck's article text as plain reveal.js slides (one per step, black
 * theme, reveal.js's default slide transition), ready once its fonts are loaded and two frames have
 * passed, as our `<html data-ready>` is (document-state.ts). Its page says on `<html>` what the
 * bench waits for, as ours does: `data-slide` (the slide shown) and `data-settled` (its transition
 * ended), and, opened with `?print-pdf`, `data-pdf-ready` (reveal.js laid out its print pages and
 * the fonts are loaded).
 */
import { cpSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Deck } from '../../src/shared/deck.ts';

/** What a plain reveal.js deck with the black theme loads, from reveal.js's distribution folder. */
const REVEAL_FILES = ['reveal.js', 'reset.css', 'reveal.css', 'theme/black.css', 'theme/fonts/source-sans-pro'];

const require = createRequire(import.meta.url);
const revealPackage = require.resolve('reveal.js/package.json');

/** reveal.js's whole bundle as this deck loads it: its script and its three stylesheets (fonts aside, as ours are). */
export const REVEAL_BUNDLE = ['reveal.js', 'reset.css', 'reveal.css', 'theme/black.css'];

/** Where reveal.js's distribution files are installed. */
export function revealDist(): string {
  return join(dirname(revealPackage), 'dist');
}

export function revealVersion(): string {
  return (require(revealPackage) as { version: string }).version;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The slides' markup: one section per step that carries words of the article. */
export function revealSlides(deck: Deck): string[] {
  return deck.scenes.flatMap((scene) => scene.steps.filter((step) => step.article.trim() !== '').map((step) => `<section><p>${escapeHtml(step.article)}</p></section>`));
}

/** Writes a reveal.js deck of the article into `folder` (index.html, ready.js and reveal.js's own files). */
export function writeRevealDeck(deck: Deck, folder: string): void {
  const dist = revealDist();
  for (const file of REVEAL_FILES) cpSync(join(dist, file), join(folder, file), { recursive: true });
  writeFileSync(
    join(folder, 'ready.js'),
    `const html = document.documentElement;
Reveal.on('slidechanged', (event) => {
  html.removeAttribute('data-settled');
  html.dataset.slide = String(event.indexh);
});
Reveal.on('slidetransitionend', () => (html.dataset.settled = ''));
Reveal.on('pdf-ready', async () => {
  await document.fonts.ready;
  html.dataset.pdfReady = '';
});
Reveal.initialize({ hash: true }).then(async () => {
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  html.dataset.slide = String(Reveal.getIndices().h);
  html.dataset.settled = '';
  html.dataset.ready = '';
});
`,
  );
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(deck.title)}: reveal.js</title>
<link rel="stylesheet" href="reset.css"><link rel="stylesheet" href="reveal.css"><link rel="stylesheet" href="theme/black.css">
</head><body><div class="reveal"><div class="slides">
${revealSlides(deck).join('\n')}
</div></div>
<script src="reveal.js"></script>
<script src="ready.js"></script>
</body></html>
`,
  );
}
