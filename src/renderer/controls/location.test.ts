import { describe, expect, it } from 'vitest';
import type { Deck, Scene } from '../../shared/deck';
import { formatHash, parseHash } from './location';

const scene = (id: string, steps: number): Scene => ({
  id,
  title: id.replace(/-/g, ' '),
  advisory: false,
  layout: 'column',
  visual: null,
  steps: Array.from({ length: steps }, () => ({ article: '', text: 'x', style: 'body' as const, cues: [], figure: null, clear: false, seconds: 1 })),
  notes: { markdown: '', html: '', parts: [] },
  source: `${id}.md`,
});
const deck: Deck = { title: 'T', author: 'A', scenes: [scene('content-note', 2), scene('the-scar', 3)] };

describe('URL hash', () => {
  it('formats a place, leaving step 0 implicit', () => {
    expect(formatHash(deck, { scene: 1, step: 0 })).toBe('#/the-scar');
    expect(formatHash(deck, { scene: 1, step: 2 })).toBe('#/the-scar/2');
  });

  it('parses what it formats', () => {
    for (const position of [{ scene: 0, step: 0 }, { scene: 0, step: 1 }, { scene: 1, step: 2 }]) {
      expect(parseHash(deck, formatHash(deck, position))).toEqual({ position, notice: null });
    }
  });

  it('opens at the first scene with no hash', () => {
    expect(parseHash(deck, '')).toEqual({ position: { scene: 0, step: 0 }, notice: null });
    expect(parseHash(deck, '#/')).toEqual({ position: { scene: 0, step: 0 }, notice: null });
  });

  it('shows the first scene, and says so, for an unknown scene', () => {
    expect(parseHash(deck, '#/no-such-scene/2')).toEqual({
      position: { scene: 0, step: 0 },
      notice: 'There is no scene “no-such-scene”. Showing the first scene.',
    });
  });

  it('decodes the id it reports, and survives a malformed escape', () => {
    expect(parseHash(deck, '#/caf%C3%A9').notice).toContain('“café”');
    expect(parseHash(deck, '#/%E0%A4%A').notice).toContain('“%E0%A4%A”');
  });

  it('lands on the last step, and says so, for a step past the end', () => {
    expect(parseHash(deck, '#/the-scar/7')).toEqual({
      position: { scene: 1, step: 2 },
      notice: '“the scar” has steps 0 to 2, not “7”. Showing step 2.',
    });
  });

  it('lands on step 0 for a step that is not a number', () => {
    expect(parseHash(deck, '#/the-scar/two')).toMatchObject({ position: { scene: 1, step: 0 } });
    expect(parseHash(deck, '#/the-scar/-1')).toMatchObject({ position: { scene: 1, step: 0 } });
  });
});
