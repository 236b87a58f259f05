import { describe, expect, it } from 'vitest';
import type { Deck, Scene } from './deck.ts';
import { printPages } from './print-pages.ts';

const scene = (id: string, steps: number): Scene => ({
  id, title: id, advisory: false, layout: 'column', visual: null,
  steps: Array.from({ length: steps }, () => ({ article: '', text: 'x', style: 'body' as const, cues: [], figure: null, clear: false, seconds: 5 })),
  notes: { markdown: 'n', html: '<p>n</p>', parts: [] }, source: `${id}.md`,
});
const deck: Deck = { title: 'T', author: 'A', scenes: [scene('a', 2), scene('b', 1), scene('c', 3), scene('d', 1)] };

describe('print pages', () => {
  it('has a title page, then each scene at its last step', () => {
    expect(printPages(deck, { steps: false, notes: false, handout: false })).toEqual([
      { kind: 'title' },
      { kind: 'step', scene: 0, step: 1 },
      { kind: 'step', scene: 1, step: 0 },
      { kind: 'step', scene: 2, step: 2 },
      { kind: 'step', scene: 3, step: 0 },
    ]);
  });

  it('has a page per step with steps, and a notes page after each scene with notes', () => {
    const pages = printPages(deck, { steps: true, notes: true, handout: false });
    expect(pages.filter((page) => page.kind === 'step')).toHaveLength(7);
    expect(pages.slice(1, 4)).toEqual([{ kind: 'step', scene: 0, step: 0 }, { kind: 'step', scene: 0, step: 1 }, { kind: 'notes', scene: 0 }]);
  });

  it('prints each text page of a scene whose text is cleared part-way', () => {
    const cleared = structuredClone(deck);
    cleared.scenes[2]!.steps[2]!.clear = true;
    expect(printPages(cleared, { steps: false, notes: false, handout: false }).filter((page) => page.kind === 'step' && page.scene === 2)).toEqual([
      { kind: 'step', scene: 2, step: 1 },
      { kind: 'step', scene: 2, step: 2 },
    ]);
  });

  it('puts three scenes on a handout page', () => {
    expect(printPages(deck, { steps: false, notes: false, handout: true })).toEqual([
      { kind: 'title' },
      { kind: 'handout', scenes: [0, 1, 2] },
      { kind: 'handout', scenes: [3] },
    ]);
  });
});
