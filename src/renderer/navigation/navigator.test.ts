import { describe, expect, it } from 'vitest';
import { travel } from './navigator';

const at = (scene: number, step: number) => ({ scene, step });

describe('how a move looks (one rule for the player, the presenter and the scroll story)', () => {
  it('names the movement within a scene', () => {
    expect(travel(at(0, 0), at(0, 1), 'forward').movement).toBe('step-forward');
    expect(travel(at(0, 1), at(0, 0), 'forward').movement).toBe('step-back');
    expect(travel(at(0, 0), at(0, 2), 'forward').movement).toBe('jump');
    expect(travel(at(1, 0), at(1, 0), 'forward').movement).toBe('none');
  });

  it('a change of scene is a jump, arriving the way the show went', () => {
    expect(travel(at(0, 1), at(1, 0), 'backward')).toEqual({ movement: 'jump', arrival: 'forward', forward: true });
    expect(travel(at(2, 0), at(1, 3), 'forward')).toEqual({ movement: 'jump', arrival: 'backward', forward: false });
  });

  it('keeps the arrival while the show stays in the scene, whichever way the steps go', () => {
    expect(travel(at(1, 3), at(1, 2), 'backward').arrival).toBe('backward');
    expect(travel(at(1, 0), at(1, 1), 'backward')).toEqual({ movement: 'step-forward', arrival: 'backward', forward: true });
  });

  it('says whether the move went on in the talk', () => {
    expect(travel(at(0, 0), at(0, 1), 'forward').forward).toBe(true);
    expect(travel(at(3, 0), at(2, 5), 'forward').forward).toBe(false);
    expect(travel(at(1, 1), at(1, 1), 'forward').forward).toBe(false);
  });

  it('from nowhere (the first position a presenter hears) is a jump that keeps the arrival and does not count as going on', () => {
    expect(travel(null, at(4, 2), 'forward')).toEqual({ movement: 'jump', arrival: 'forward', forward: false });
  });
});
