import { describe, expect, it } from 'vitest';
import { scrollMoveFor } from './scroll-commands';

const counts = [2, 1];
const places = [
  { position: { scene: 0, step: 0 }, scrollY: 100 },
  { position: { scene: 0, step: 1 }, scrollY: 200 },
  { position: { scene: 1, step: 0 }, scrollY: 400 },
];

describe('commands in the scroll story', () => {
  it('steps to the next and previous resting places, smoothly', () => {
    expect(scrollMoveFor({ type: 'next' }, places, 100, counts)).toEqual({ position: { scene: 0, step: 1 }, smooth: true });
    expect(scrollMoveFor({ type: 'next' }, places, 150, counts)).toEqual({ position: { scene: 0, step: 1 }, smooth: true });
    expect(scrollMoveFor({ type: 'previous' }, places, 200, counts)).toEqual({ position: { scene: 0, step: 0 }, smooth: true });
    expect(scrollMoveFor({ type: 'previous' }, places, 401, counts)).toEqual({ position: { scene: 0, step: 1 }, smooth: true });
  });

  it('has nowhere to go past either end', () => {
    expect(scrollMoveFor({ type: 'next' }, places, 399, counts)).toBeNull();
    expect(scrollMoveFor({ type: 'previous' }, places, 101, counts)).toBeNull();
  });

  it('goes to the first and last places, and jumps (at once) to a scene and step, kept inside the story', () => {
    expect(scrollMoveFor({ type: 'first' }, places, 400, counts)).toEqual({ position: { scene: 0, step: 0 }, smooth: true });
    expect(scrollMoveFor({ type: 'last' }, places, 0, counts)).toEqual({ position: { scene: 1, step: 0 }, smooth: true });
    expect(scrollMoveFor({ type: 'goto', scene: 0, step: 9 }, places, 0, counts)).toEqual({ position: { scene: 0, step: 1 }, smooth: false });
    expect(scrollMoveFor({ type: 'goto', scene: 99, step: 0 }, places, 0, counts)).toEqual({ position: { scene: 1, step: 0 }, smooth: false });
  });

  it('ignores blackout and autoplay: a page being read has neither', () => {
    for (const type of ['blackout', 'play', 'pause', 'toggle-play'] as const) expect(scrollMoveFor({ type }, places, 100, counts)).toBeNull();
  });
});
