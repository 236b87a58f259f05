/**
 * Small decks for unit tests: a scene is its id and its steps' planned seconds, so a
 * test says only what it is about.
 */
import type { Deck, Scene } from './deck.ts';

export function testScene(id: string, seconds: number[], options: { advisory?: boolean } = {}): Scene {
  return {
    id,
    title: id,
    advisory: options.advisory ?? false,
    layout: 'column',
    visual: null,
    steps: seconds.map((value) => ({ article: '', text: id, style: 'body', cues: [], figure: null, clear: false, seconds: value })),
    notes: { markdown: '', html: '', parts: [] },
    source: `${id}.md`,
  };
}

export function testDeck(scenes: Scene[]): Deck {
  return { title: 'Test deck', author: 'Tests', scenes };
}
