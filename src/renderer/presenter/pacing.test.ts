import { describe, expect, it } from 'vitest';
import type { Deck, Scene } from '../../shared/deck';
import { formatDuration, paceVerdict, plannedSecondsBefore, plannedSecondsOfScene, SceneClock } from './pacing';

const scene = (seconds: number[]): Scene => ({
  id: `s${seconds.join('-')}`,
  title: 'S',
  advisory: false,
  layout: 'column',
  visual: null,
  steps: seconds.map((value) => ({ article: '', text: 'x', style: 'body', cues: [], figure: null, clear: false, seconds: value })),
  notes: { markdown: '', html: '', parts: [] },
  source: 's.md',
});
const deck: Deck = { title: 'T', author: 'A', scenes: [scene([10, 20]), scene([30]), scene([5, 5, 5])] };

describe('pacing', () => {
  it('adds up planned time per scene and up to a place', () => {
    expect(plannedSecondsOfScene(deck, 0)).toBe(30);
    expect(plannedSecondsBefore(deck, { scene: 0, step: 0 })).toBe(0);
    expect(plannedSecondsBefore(deck, { scene: 0, step: 1 })).toBe(10);
    expect(plannedSecondsBefore(deck, { scene: 2, step: 2 })).toBe(70);
  });

  it('says ahead, on time or behind, in words', () => {
    expect(paceVerdict(100, 100)).toEqual({ verdict: 'on-time', words: 'On time' });
    expect(paceVerdict(185, 100)).toEqual({ verdict: 'behind', words: '1:25 behind' });
    expect(paceVerdict(40, 100)).toEqual({ verdict: 'ahead', words: '1:00 ahead' });
  });

  it('formats durations for a glance', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(75)).toBe('1:15');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('gives each scene the time spent on it', () => {
    const clock = new SceneClock(3);
    clock.record(0, 0);
    clock.record(1, 12_000);
    clock.record(0, 20_000);
    clock.record(2, 25_000);
    clock.record(2, 31_000);
    expect(clock.spentMs).toEqual([17_000, 8_000, 6_000]);
  });
});
