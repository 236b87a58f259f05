import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFidelity, deckArticleText, splitSentences } from './article.ts';
import { loadDeck } from './load.ts';

const root = resolve(import.meta.dirname, '../..');
// The article as the author wrote it: the copy kept in the repository, checked against
// the shared original wherever that is beside the checkout (as on the team's machines and CI).
const articleCopy = resolve(root, 'assets/article.txt');
const sharedOriginal = resolve(root, '../shared/article.txt');
const article = readFileSync(articleCopy, 'utf8');
const { deck } = loadDeck(resolve(root, 'slides'));

describe('the deck carries the article faithfully', () => {
  it('keeps its copy of the article identical to the shared original', () => {
    if (!existsSync(sharedOriginal)) {
      console.warn(`skipped: ${sharedOriginal} is not beside this checkout; fidelity is checked against ${articleCopy}`);
      return;
    }
    expect(article).toBe(readFileSync(sharedOriginal, 'utf8'));
  });

  it('splits the article into its 26 sentences', () => {
    const sentences = splitSentences(article);
    expect(sentences).toHaveLength(26);
    expect(sentences[0]).toBe('Recently, the Netflix original movie “Finding Hope” starring Song Joong Ki was released globally.');
    expect(sentences.at(-1)).toBe('(Author is a writer associated with North Korean Writes in Exile PEN Literature)');
  });

  it('shows every sentence, word for word, in order', () => {
    expect(checkFidelity(article, deck!).missingOrOutOfOrder).toEqual([]);
  });

  it('marks nothing as article text that the article does not say', () => {
    expect(checkFidelity(article, deck!).notInArticle).toEqual([]);
  });

  it('catches a paraphrase, a dropped sentence and a swap', () => {
    const altered = structuredClone(deck!);
    const blade = altered.scenes.find((scene) => scene.id === 'the-blade')!;
    blade.steps[2]!.article = 'in case the police caught me';
    const report = checkFidelity(article, altered);
    expect(report.notInArticle).toEqual(['in case the police caught me']);
    expect(report.missingOrOutOfOrder).toHaveLength(1);

    const swapped = structuredClone(deck!);
    const film = swapped.scenes.findIndex((scene) => scene.id === 'the-film');
    const journey = swapped.scenes.findIndex((scene) => scene.id === 'the-journey');
    [swapped.scenes[film], swapped.scenes[journey]] = [swapped.scenes[journey]!, swapped.scenes[film]!];
    // Found after the journey, the film's sentence moves the cursor past the journey's two sentences.
    expect(checkFidelity(article, swapped).missingOrOutOfOrder).toEqual(splitSentences(article).slice(1, 3));
  });

  it('uses only the one allowed correction, in the credit line', () => {
    const shown = deckArticleText(deck!);
    expect(shown).toContain('North Korean Writers in Exile PEN Literature');
    expect(shown.replace('Writers in Exile', 'Writes in Exile').replace(/\s+/g, ' ')).toBe(article.replace(/\s+/g, ' ').trim());
  });
});
