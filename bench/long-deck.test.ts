import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDeckError } from '../src/deck/errors.ts';
import { loadDeck } from '../src/deck/load.ts';
import { LONG_DECK_SCENES, writeLongDeck } from './long-deck.ts';

describe('the generated long deck', () => {
  const folder = mkdtempSync(join(tmpdir(), 'long-deck-test-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('loads without a problem: every scene, the project’s title and author, no cover it lacks', () => {
    writeLongDeck(folder);
    const { deck, errors } = loadDeck(folder, { displayRoot: folder });
    expect(errors.map(formatDeckError)).toEqual([]);
    expect(deck?.scenes).toHaveLength(LONG_DECK_SCENES);
    expect(deck?.title).toMatch(/^The Scar on His Wrist/);
    expect(deck?.cover).toBeUndefined();
  });
});
