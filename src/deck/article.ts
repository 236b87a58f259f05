/**
 * Fidelity of the deck to the article: every sentence on screen, word for word and in
 * order, and nothing shown as the article that the article does not say.
 */
import type { Deck } from '../shared/deck.ts';
import { normalizeSpace } from './parse.ts';

/** The one correction docs/content.md allows: a typo in the author's credit line. */
export const ALLOWED_CORRECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['North Korean Writes in Exile PEN Literature', 'North Korean Writers in Exile PEN Literature'],
];

export function applyAllowedCorrections(article: string): string {
  return ALLOWED_CORRECTIONS.reduce((text, [from, to]) => text.split(from).join(to), article);
}

/**
 * Splits prose into sentences: a sentence ends at . ! or ? (with any closing quote or
 * bracket after it) followed by a space. Each paragraph's last sentence ends with the line.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .map(normalizeSpace)
    .filter(Boolean)
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?][”’"')]*)\s+(?=[“"‘(]?[A-Z])/))
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The deck's article text in playing order, one string, as an audience reads it. */
export function deckArticleText(deck: Deck): string {
  return normalizeSpace(
    deck.scenes
      .flatMap((scene) => scene.steps.map((step) => step.article))
      .filter(Boolean)
      .join(' '),
  );
}

export interface FidelityReport {
  /** Sentences of the article not found in the deck after the previous one. */
  missingOrOutOfOrder: string[];
  /** Article-marked fragments of the deck that the article does not contain. */
  notInArticle: string[];
}

export function checkFidelity(article: string, deck: Deck): FidelityReport {
  const source = normalizeSpace(applyAllowedCorrections(article));
  const shown = deckArticleText(deck);
  const missingOrOutOfOrder: string[] = [];
  let cursor = 0;
  for (const sentence of splitSentences(applyAllowedCorrections(article))) {
    const at = shown.indexOf(sentence, cursor);
    if (at < 0) missingOrOutOfOrder.push(sentence);
    else cursor = at + sentence.length;
  }
  const notInArticle = deck.scenes
    .flatMap((scene) => scene.steps.map((step) => step.article))
    .filter((fragment) => fragment && !source.includes(fragment));
  return { missingOrOutOfOrder, notInArticle };
}
