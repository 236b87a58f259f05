/** The real deck, loaded by the same loader the app uses, so tests follow the slides as they are. */
import { resolve } from 'node:path';
import { loadDeck } from '../src/deck/load.ts';
import type { Deck } from '../src/shared/deck.ts';

export const deck: Deck = (() => {
  const loaded = loadDeck(resolve(import.meta.dirname, '../slides'));
  if (!loaded.deck) throw new Error(`the deck does not load: ${loaded.errors.map((error) => error.message).join('; ')}`);
  return loaded.deck;
})();
