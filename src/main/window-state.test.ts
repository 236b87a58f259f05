import { describe, expect, it } from 'vitest';
import type { PlacementDisplay } from './window-placement';
import { bringOnScreen, DEFAULT_WINDOW_STATE, isReachable, parseWindowState, rememberedLayout, serializeWindowState, type SavedWindow, type WindowState } from './window-state';

function display(id: number, x: number, width = 1920, height = 1080, menuBar = 0): PlacementDisplay {
  return { id, bounds: { x, y: 0, width, height }, workArea: { x, y: menuBar, width, height: height - menuBar } };
}
const laptop = display(1, 0, 1440, 900, 25);
const projector = display(2, 1440);

const audience: SavedWindow = { bounds: { x: 1540, y: 100, width: 1280, height: 720 }, displayId: 2, fullScreen: true };
const presenter: SavedWindow = { bounds: { x: 40, y: 60, width: 1200, height: 800 }, displayId: 1, fullScreen: false };
const state: WindowState = { audience, presenter, mode: 'scroll' };

describe('the window state file', () => {
  it('reads back what it writes', () => {
    expect(parseWindowState(serializeWindowState(state))).toEqual({ state, problems: [] });
    expect(JSON.parse(serializeWindowState(DEFAULT_WINDOW_STATE))).toEqual({ version: 1, audience: null, presenter: null, mode: 'present' });
  });

  it.each([
    ['', /^not valid JSON/],
    ['{"version": 1, "audience": {', /^not valid JSON/],
    ['[1, 2]', /^not a JSON object/],
    ['null', /^not a JSON object/],
    ['"window"', /^not a JSON object/],
    ['{"audience": null}', /^version must be 1, not missing/],
    ['{"version": 2}', /^version must be 1, not 2/],
  ])('gives the defaults for %j and says why', (text, problem) => {
    const read = parseWindowState(text);
    expect(read.state).toEqual(DEFAULT_WINDOW_STATE);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatch(problem);
    expect(read.problems[0]).toMatch(/using the defaults$/);
  });

  it('forgets only the part that is wrong', () => {
    const text = JSON.stringify({ version: 1, audience: { bounds: { x: 'left', y: 0, width: 800, height: 600 }, displayId: 1, fullScreen: false }, presenter, mode: 'fast' });
    const read = parseWindowState(text);
    expect(read.state).toEqual({ audience: null, presenter, mode: 'present' });
    expect(read.problems).toEqual([
      expect.stringMatching(/^audience: bounds\.x .*; forgetting where the audience window was$/),
      'mode must be one of "present", "scroll", not "fast"; using "present"',
    ]);
  });

  it.each([
    ['a window with no size', { bounds: { x: 0, y: 0, width: 0, height: 600 }, displayId: 1, fullScreen: false }],
    ['a window a galaxy away', { bounds: { x: 1e9, y: 0, width: 800, height: 600 }, displayId: 1, fullScreen: false }],
    ['fractional pixels', { bounds: { x: 0.5, y: 0, width: 800, height: 600 }, displayId: 1, fullScreen: false }],
    ['an unknown key', { bounds: { x: 0, y: 0, width: 800, height: 600 }, displayId: 1, fullScreen: false, zoom: 3 }],
    ['a missing key', { bounds: { x: 0, y: 0, width: 800, height: 600 }, displayId: 1 }],
  ])('refuses %s', (_name, saved) => {
    const read = parseWindowState(JSON.stringify({ version: 1, presenter: saved }));
    expect(read.state.presenter).toBeNull();
    expect(read.problems).toHaveLength(1);
  });
});

describe('bringing windows back on screen', () => {
  it('leaves a window that is on a display where it is, noting the display', () => {
    expect(bringOnScreen(presenter, [laptop, projector], 1)).toEqual(presenter);
    expect(bringOnScreen({ ...presenter, displayId: null }, [laptop, projector], 1)).toEqual(presenter);
    expect(isReachable(presenter.bounds, [laptop])).toBe(true);
  });

  it('brings a window left on a projector that is gone back to the primary display, centred and cut to fit', () => {
    const back = bringOnScreen({ bounds: { x: 1540, y: 100, width: 1920, height: 1080 }, displayId: 2, fullScreen: true }, [laptop], 1);
    expect(back).toEqual({ bounds: { x: 0, y: 25, width: 1440, height: 875 }, displayId: 1, fullScreen: true });
    const small = bringOnScreen({ bounds: { x: 3000, y: 400, width: 800, height: 600 }, displayId: 2, fullScreen: false }, [laptop], 1);
    expect(small).toEqual({ bounds: { x: 320, y: 163, width: 800, height: 600 }, displayId: 1, fullScreen: false });
  });

  it('brings back a window whose title bar is out of reach, even if a corner still shows', () => {
    // Only the bottom of the window is on the laptop: its title bar is above the screen.
    const above = { bounds: { x: 100, y: -700, width: 800, height: 750 }, displayId: 1, fullScreen: false };
    expect(isReachable(above.bounds, [laptop])).toBe(false);
    expect(bringOnScreen(above, [laptop], 1).bounds).toEqual({ x: 320, y: 88, width: 800, height: 750 });
    // A sliver of the title bar at the far right edge is not enough to grab.
    expect(isReachable({ x: 1400, y: 100, width: 800, height: 600 }, [laptop])).toBe(false);
    expect(isReachable({ x: 1300, y: 100, width: 800, height: 600 }, [laptop])).toBe(true);
  });

  it('keeps a window to its own display when that display is still there', () => {
    const lost = { bounds: { x: 9000, y: 9000, width: 800, height: 600 }, displayId: 2, fullScreen: false };
    expect(bringOnScreen(lost, [laptop, projector], 1)).toMatchObject({ displayId: 2, bounds: { x: 1440 + 560, y: 240 } });
  });

  it('never makes a window smaller than the app allows, unless the display itself is smaller', () => {
    expect(bringOnScreen({ bounds: { x: 9000, y: 0, width: 100, height: 50 }, displayId: 1, fullScreen: false }, [laptop], 1).bounds).toMatchObject({ width: 480, height: 270 });
    const tiny = display(3, 0, 400, 240);
    expect(bringOnScreen({ bounds: { x: 9000, y: 0, width: 800, height: 600 }, displayId: 3, fullScreen: false }, [tiny], 3).bounds).toEqual({ x: 0, y: 0, width: 400, height: 240 });
  });

  it('with no displays reported, leaves the window as saved', () => {
    expect(bringOnScreen(presenter, [], 1)).toEqual(presenter);
  });
});

describe('the remembered layout', () => {
  it('is used while both windows’ displays are there', () => {
    expect(rememberedLayout(state, [laptop, projector], 1)).toEqual({ audience, presenter });
  });

  it('gives way to the automatic placement when a display is missing or a window was never placed', () => {
    expect(rememberedLayout(state, [laptop], 1)).toBeNull();
    expect(rememberedLayout({ ...state, presenter: null }, [laptop, projector], 1)).toBeNull();
    expect(rememberedLayout({ ...state, audience: { ...audience, displayId: null } }, [laptop, projector], 1)).toBeNull();
  });
});
