import { describe, expect, it } from 'vitest';
import { chapterPosition, placeAt, restingPlaces, restingScrollY, storyGeometry } from './story-geometry';

const counts = [2, 3, 1];
const geometry = storyGeometry(counts, 1000);

describe('scroll story geometry', () => {
  it('gives each chapter a screen per step plus the screen it is pinned in', () => {
    expect(geometry.chapterHeights).toEqual([3000, 4000, 2000]);
    expect(geometry.chapterTops).toEqual([0, 3000, 7000]);
    expect(geometry.scrollLength).toBe(8000);
  });

  it('rests each step in the middle of its hold', () => {
    expect(restingScrollY(geometry, { scene: 0, step: 0 })).toBe(750);
    expect(restingScrollY(geometry, { scene: 1, step: 2 })).toBe(3000 + 2750);
    expect(restingPlaces(geometry, counts).map((place) => place.scrollY)).toEqual([750, 1750, 3750, 4750, 5750, 7750]);
  });

  it('scrubs each step’s entrance over the first half of its stretch, then holds it', () => {
    expect(chapterPosition(geometry, 1, 3, 2000)).toBe(-1); // the chapter is still below
    expect(chapterPosition(geometry, 1, 3, 3000)).toBe(-1);
    expect(chapterPosition(geometry, 1, 3, 3250)).toBe(-0.5);
    expect(chapterPosition(geometry, 1, 3, 3500)).toBe(0);
    expect(chapterPosition(geometry, 1, 3, 3999)).toBe(0);
    expect(chapterPosition(geometry, 1, 3, 4250)).toBe(0.5);
    expect(chapterPosition(geometry, 1, 3, 5750)).toBe(2);
    // After its last step the chapter holds it while it scrolls away.
    expect(chapterPosition(geometry, 1, 3, 6800)).toBe(2);
  });

  it('names the place on screen: the chapter filling it, a step once half entered', () => {
    expect(placeAt(geometry, counts, 0)).toEqual({ scene: 0, step: 0 });
    expect(placeAt(geometry, counts, 1100)).toEqual({ scene: 0, step: 0 });
    expect(placeAt(geometry, counts, 1250)).toEqual({ scene: 0, step: 1 });
    expect(placeAt(geometry, counts, 2400)).toEqual({ scene: 0, step: 1 });
    expect(placeAt(geometry, counts, 2600)).toEqual({ scene: 1, step: 0 });
    for (const place of restingPlaces(geometry, counts)) expect(placeAt(geometry, counts, place.scrollY)).toEqual(place.position);
  });
});
