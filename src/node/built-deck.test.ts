import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../deck/load.ts';
import { BuiltDeckError, readBuiltDeck } from './built-deck.ts';

const slides = join(import.meta.dirname, '../../slides');

function folderWith(text: string | null): string {
  const folder = mkdtempSync(join(tmpdir(), 'built-deck-'));
  if (text !== null) writeFileSync(join(folder, 'deck.json'), text);
  return folder;
}

describe('readBuiltDeck', () => {
  it('reads back the deck the build wrote', () => {
    const deck = loadDeck(slides).deck!;
    expect(readBuiltDeck(folderWith(JSON.stringify(deck)))).toEqual(deck);
  });

  it('names the file when it is missing, not JSON, or not a deck', () => {
    expect(() => readBuiltDeck(folderWith(null))).toThrow(/deck\.json is missing: .*npm run build/);
    expect(() => readBuiltDeck(folderWith('{"title":'))).toThrow(BuiltDeckError);
    expect(() => readBuiltDeck(folderWith('{"title":'))).toThrow(/deck\.json is not JSON/);
    expect(() => readBuiltDeck(folderWith('{"title":"t","author":"a","scenes":[{"id":"x","title":"X","steps":[{}]}]}'))).toThrow(/does not hold a deck/);
  });
});
