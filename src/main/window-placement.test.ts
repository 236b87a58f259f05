import type { Display } from 'electron';
import { describe, expect, it } from 'vitest';
import { placeWindows } from './window-placement.ts';

/** A whole Electron Display, so the placement is typed against Electron's real type. */
function display(id: number, x: number, width = 1920, height = 1080, internal = false): Display {
  const bounds = { x, y: 0, width, height };
  return {
    id,
    label: `display ${id}`,
    bounds,
    workArea: { x, y: 25, width, height: height - 25 },
    workAreaSize: { width, height: height - 25 },
    size: { width, height },
    scaleFactor: 1,
    rotation: 0,
    internal,
    detected: true,
    monochrome: false,
    colorDepth: 24,
    colorSpace: 'srgb',
    depthPerComponent: 8,
    displayFrequency: 60,
    accelerometerSupport: 'unknown',
    touchSupport: 'unknown',
    maximumCursorSize: { width: 64, height: 64 },
    nativeOrigin: { x, y: 0 },
  };
}

const laptop = display(1, 0, 1440, 900, true);
const projector = display(2, 1440);
const monitor = display(3, 3360, 2560, 1440);

describe('window placement', () => {
  it('puts both windows side by side, windowed, on a single display', () => {
    const placement = placeWindows([laptop], { primaryId: 1 });
    expect(placement.audience).toEqual({ displayId: 1, bounds: { x: 0, y: 25, width: 864, height: 875 }, fullScreen: false });
    expect(placement.presenter).toEqual({ displayId: 1, bounds: { x: 864, y: 25, width: 576, height: 875 }, fullScreen: false });
    expect(placement.notice).toBeNull();
  });

  it('puts the audience full screen on the external display and the presenter on the primary', () => {
    const placement = placeWindows([laptop, projector], { primaryId: 1 });
    expect(placement.audience).toEqual({ displayId: 2, bounds: projector.bounds, fullScreen: true });
    expect(placement.presenter).toEqual({ displayId: 1, bounds: laptop.workArea, fullScreen: false });
  });

  it('finds the external display whatever order the displays are listed in', () => {
    expect(placeWindows([projector, laptop], { primaryId: 1 }).audience.displayId).toBe(2);
  });

  it('swaps the two on request', () => {
    const placement = placeWindows([laptop, projector], { primaryId: 1, swapped: true });
    expect(placement.audience).toMatchObject({ displayId: 1, fullScreen: true, bounds: laptop.bounds });
    expect(placement.presenter).toMatchObject({ displayId: 2, fullScreen: false, bounds: projector.workArea });
  });

  it('with three displays, uses the first external one for the audience', () => {
    const placement = placeWindows([laptop, projector, monitor], { primaryId: 1 });
    expect(placement.audience.displayId).toBe(2);
    expect(placement.presenter.displayId).toBe(1);
  });

  it('honours --presenter-display, counting displays from 1', () => {
    const placement = placeWindows([laptop, projector, monitor], { primaryId: 1, presenterDisplay: 3 });
    expect(placement.presenter).toMatchObject({ displayId: 3, bounds: monitor.workArea });
    expect(placement.audience.displayId).toBe(1);
  });

  it('reports a --presenter-display that does not exist and falls back to the primary', () => {
    const two = placeWindows([laptop, projector], { primaryId: 1, presenterDisplay: 5 });
    expect(two.presenter.displayId).toBe(1);
    expect(two.notice).toContain('--presenter-display 5');
    expect(placeWindows([laptop], { primaryId: 1, presenterDisplay: 2 }).notice).toContain('one display');
  });

  it('when the projector is pulled out mid-talk, brings both windows back to the laptop, windowed', () => {
    const before = placeWindows([laptop, projector], { primaryId: 1 });
    expect(before.audience.displayId).toBe(2);
    const after = placeWindows([laptop], { primaryId: 1 });
    expect(after.audience).toMatchObject({ displayId: 1, fullScreen: false });
    expect(after.presenter).toMatchObject({ displayId: 1, fullScreen: false });
  });

  it('when the primary display itself goes, uses what remains', () => {
    expect(placeWindows([projector], { primaryId: 1 }).audience.displayId).toBe(2);
  });

  it('refuses to place windows on no display at all', () => {
    expect(() => placeWindows([], { primaryId: 1 })).toThrow('no displays');
  });
});
