import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testDeck, testScene } from '../../shared/test-deck';
import { firstMount, mountStandby, nextScene, sceneLayers, showScene, whenIdle } from './standby';

const deck = testDeck([testScene('a', [1]), testScene('b', [2]), testScene('c', [1])]);

describe('the scene made ready next', () => {
  it('is the following scene, and none after the last unless the show loops', () => {
    expect(nextScene(deck, 0, false)).toBe(1);
    expect(nextScene(deck, 1, false)).toBe(2);
    expect(nextScene(deck, 2, false)).toBeNull();
    expect(nextScene(deck, 2, true)).toBe(0);
  });

  it('is none in a one-scene deck, looping or not', () => {
    const single = testDeck([testScene('only', [3])]);
    expect(nextScene(single, 0, true)).toBeNull();
    expect(nextScene(single, 0, false)).toBeNull();
  });
});

describe('work left for when the show is still', () => {
  // An idle period comes 5 ms after it is asked for.
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 5) as unknown as number);
    vi.stubGlobal('cancelIdleCallback', (handle: number) => clearTimeout(handle));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits for the fade, then runs once the page is idle', () => {
    const task = vi.fn();
    whenIdle(task, 600, () => true);
    vi.advanceTimersByTime(600);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5);
    expect(task).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(10_000);
    expect(task).toHaveBeenCalledOnce();
  });

  it('waits while a step is still moving', () => {
    const task = vi.fn();
    let settled = false;
    whenIdle(task, 600, () => settled);
    vi.advanceTimersByTime(2000);
    expect(task).not.toHaveBeenCalled();
    settled = true;
    vi.advanceTimersByTime(200);
    expect(task).toHaveBeenCalledOnce();
  });

  it('does nothing once cancelled, before the fade ends or while waiting for idle time', () => {
    const early = vi.fn();
    whenIdle(early, 600, () => true)();
    const late = vi.fn();
    const cancelLate = whenIdle(late, 600, () => true);
    vi.advanceTimersByTime(602);
    cancelLate();
    vi.advanceTimersByTime(10_000);
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});

describe('the scene layers on stage', () => {
  it('mounts a scene the show moves to afresh, and keeps the same mounts while it stays', () => {
    const start = firstMount(3);
    expect(showScene(start, 3)).toBe(start);
    const moved = showScene(start, 5);
    expect(moved.shown).toEqual({ index: 5, key: 2 });
    expect(sceneLayers(moved, 6)).toEqual([{ index: 5, key: 2, standby: false }]);
  });

  it('shows the standby mount itself when the show steps into its scene', () => {
    const ready = mountStandby(firstMount(3), 4);
    expect(sceneLayers(ready, 4)).toEqual([{ index: 4, key: 2, standby: true }, { index: 3, key: 1, standby: false }]);
    const stepped = showScene(ready, 4);
    expect(stepped.shown).toEqual({ index: 4, key: 2 });
    expect(sceneLayers(stepped, 5)).toEqual([{ index: 4, key: 2, standby: false }]);
  });

  it('never puts a mount taken off standby back on standby: stepping back leaves it to fade out', () => {
    const stepped = showScene(mountStandby(firstMount(3), 4), 4);
    expect(stepped.standby).toBeNull();
    const back = showScene(stepped, 3);
    expect(sceneLayers(back, 4)).toEqual([{ index: 3, key: 3, standby: false }]);
    const readyAgain = mountStandby(back, 4);
    expect(sceneLayers(readyAgain, 4)).toEqual([{ index: 4, key: 4, standby: true }, { index: 3, key: 3, standby: false }]);
  });

  it('leaves a standby made for an earlier place off the stage, and mounts a scene leaving the stage again afresh', () => {
    const ready = mountStandby(firstMount(4), 5);
    const back = showScene(ready, 3);
    expect(sceneLayers(back, 4)).toEqual([{ index: 3, key: 3, standby: false }]);
    expect(showScene(back, 4).shown).toEqual({ index: 4, key: 4 });
  });
});
