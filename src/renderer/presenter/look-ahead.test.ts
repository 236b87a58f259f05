import { describe, expect, it } from 'vitest';
import { lookAheadTo } from './look-ahead';

// Three scenes of 2, 3 and 1 steps.
const counts = [2, 3, 1];
const at = (scene: number, step: number) => ({ scene, step });

describe('the presenter’s private look-ahead', () => {
  it('opens one step from the live place, either way', () => {
    expect(lookAheadTo(null, at(0, 1), 'ahead', counts)).toEqual(at(1, 0));
    expect(lookAheadTo(null, at(1, 0), 'back', counts)).toEqual(at(0, 1));
  });

  it('walks on from where the preview is, not from the live place', () => {
    expect(lookAheadTo(at(1, 1), at(0, 0), 'ahead', counts)).toEqual(at(1, 2));
    expect(lookAheadTo(at(1, 2), at(0, 0), 'ahead', counts)).toEqual(at(2, 0));
    expect(lookAheadTo(at(1, 0), at(2, 0), 'back', counts)).toEqual(at(0, 1));
  });

  it('stops at the ends of the deck', () => {
    expect(lookAheadTo(at(2, 0), at(0, 0), 'ahead', counts)).toEqual(at(2, 0));
    expect(lookAheadTo(at(0, 0), at(2, 0), 'back', counts)).toEqual(at(0, 0));
  });

  it('closes on "live", and cannot open before the show is heard', () => {
    expect(lookAheadTo(at(1, 1), at(0, 0), 'live', counts)).toBeNull();
    expect(lookAheadTo(null, null, 'ahead', counts)).toBeNull();
  });
});
