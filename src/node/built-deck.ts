/**
 * The deck a renderer build plays, read from the deck.json the build wrote beside it: what the
 * app's video export plans its frames from, so the plan and the page can never disagree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_DECK_FILE, type Deck } from '../shared/deck.ts';

export class BuiltDeckError extends Error {}

export function readBuiltDeck(rendererDir: string): Deck {
  const file = join(rendererDir, BUILT_DECK_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new BuiltDeckError(`${file} is missing: the renderer was built without its deck (run npm run build)`);
  }
  let deck: unknown;
  try {
    deck = JSON.parse(text);
  } catch (error) {
    throw new BuiltDeckError(`${file} is not JSON (${(error as Error).message})`);
  }
  if (!isDeck(deck)) throw new BuiltDeckError(`${file} does not hold a deck (title, author and scenes with ids and steps)`);
  return deck;
}

/** The shape the video plan reads; the rest was checked when the deck was built. */
function isDeck(value: unknown): value is Deck {
  const deck = value as Partial<Deck> | null;
  return (
    typeof deck?.title === 'string' &&
    typeof deck.author === 'string' &&
    Array.isArray(deck.scenes) &&
    deck.scenes.length > 0 &&
    deck.scenes.every((scene) => typeof scene?.id === 'string' && typeof scene.title === 'string' && Array.isArray(scene.steps) && scene.steps.every((step) => typeof step?.seconds === 'number'))
  );
}
