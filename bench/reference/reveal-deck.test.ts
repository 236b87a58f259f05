import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deck } from '../../e2e/deck.ts';
import { revealSlides, revealVersion, writeRevealDeck } from './reveal-deck.ts';

describe('the reveal.js reference deck', () => {
  let folder: string | null = null;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  it('has a slide for every step with words of the article, and none of our own words', () => {
    const slides = revealSlides(deck);
    const articleSteps = deck.scenes.flatMap((scene) => scene.steps).filter((step) => step.article.trim() !== '');
    expect(slides).toHaveLength(articleSteps.length);
    const ownWords = deck.scenes.flatMap((scene) => scene.steps).filter((step) => step.article.trim() === '' && step.text.trim() !== '');
    expect(ownWords.length).toBeGreaterThan(0);
    for (const step of ownWords) expect(slides.join('\n')).not.toContain(step.text);
  });

  it('is written with reveal.js’s files, the theme’s fonts and a ready signal', () => {
    const into = mkdtempSync(join(tmpdir(), 'reveal-deck-'));
    folder = into;
    writeRevealDeck(deck, into);
    for (const file of ['index.html', 'ready.js', 'reveal.js', 'reveal.css', 'reset.css', 'theme/black.css', 'theme/fonts/source-sans-pro/source-sans-pro-regular.woff']) {
      expect(existsSync(join(into, file)), file).toBe(true);
    }
    const html = readFileSync(join(into, 'index.html'), 'utf8');
    expect(html.match(/<section>/g)).toHaveLength(revealSlides(deck).length);
    expect(readFileSync(join(into, 'ready.js'), 'utf8')).toContain("dataset.ready = ''");
    expect(revealVersion()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
