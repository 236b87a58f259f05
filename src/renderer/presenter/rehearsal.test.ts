import { describe, expect, it } from 'vitest';
import type { Deck, Scene } from '../../shared/deck';
import { RehearsalRecorder } from './rehearsal';

const scene = (id: string, steps: number): Scene => ({
  id, title: id, advisory: false, layout: 'column', visual: null,
  steps: Array.from({ length: steps }, () => ({ article: '', text: 'x', style: 'body' as const, cues: [], figure: null, clear: false, seconds: 5 })),
  notes: { markdown: '', html: '', parts: [] }, source: `${id}.md`,
});
const deck: Deck = { title: 'T', author: 'A', scenes: [scene('a', 2), scene('b', 1), scene('c', 1)] };

describe('rehearsal recorder', () => {
  it('records the time spent on each step, adding up returns to a step', () => {
    const recorder = new RehearsalRecorder(deck);
    recorder.record({ scene: 0, step: 0 }, 0);
    recorder.record({ scene: 0, step: 1 }, 4000);
    recorder.record({ scene: 0, step: 0 }, 10_000);
    recorder.record({ scene: 0, step: 1 }, 11_000);
    recorder.record({ scene: 1, step: 0 }, 13_500);
    recorder.record({ scene: 1, step: 0 }, 20_000);
    expect(recorder.times()).toEqual({ scenes: { a: [5, 8.5], b: [6.5], c: [null] } });
    expect(recorder.sceneSeconds()).toEqual([13.5, 6.5, null]);
  });
});
