/**
 * Where the show's windows go, given the displays there are. Pure, so every case (one,
 * two, three displays; a display pulled out mid-talk; a swap) is tested without Electron.
 *
 * - One display: both windows on it, side by side, neither full screen (the speaker
 *   needs to reach both).
 * - Two or more: the audience full screen on an external display, the presenter on the
 *   primary one. `presenterDisplay` (1-based, in the order Electron lists displays)
 *   names the presenter's display instead; `swapped` exchanges the two.
 */
import type { Display, Rectangle } from 'electron';

export type PlacementDisplay = Pick<Display, 'id' | 'bounds' | 'workArea'>;

export interface WindowPlacement {
  displayId: number;
  bounds: Rectangle;
  fullScreen: boolean;
}

export interface ShowPlacement {
  audience: WindowPlacement;
  presenter: WindowPlacement;
  /** Set when an option could not be honoured, to report to the speaker. */
  notice: string | null;
}

export interface PlacementOptions {
  primaryId: number;
  /** 1-based index of the display for the presenter window, from --presenter-display. */
  presenterDisplay?: number | null;
  swapped?: boolean;
}

export function placeWindows(displays: readonly PlacementDisplay[], options: PlacementOptions): ShowPlacement {
  if (displays.length === 0) throw new Error('no displays to place windows on');
  const primary = displays.find((display) => display.id === options.primaryId) ?? displays[0]!;
  let notice: string | null = null;

  if (displays.length === 1) {
    if (options.presenterDisplay && options.presenterDisplay !== 1) {
      notice = `There is one display, so --presenter-display ${options.presenterDisplay} cannot be used.`;
    }
    return { ...sideBySide(primary), notice };
  }

  let presenterScreen = primary;
  if (options.presenterDisplay) {
    const chosen = displays[options.presenterDisplay - 1];
    if (chosen) presenterScreen = chosen;
    else notice = `There are ${displays.length} displays, so --presenter-display ${options.presenterDisplay} cannot be used; the presenter view is on the primary display.`;
  }
  let audienceScreen = displays.find((display) => display.id !== presenterScreen.id)!;
  if (options.swapped) [audienceScreen, presenterScreen] = [presenterScreen, audienceScreen];

  return {
    audience: { displayId: audienceScreen.id, bounds: audienceScreen.bounds, fullScreen: true },
    presenter: { displayId: presenterScreen.id, bounds: presenterScreen.workArea, fullScreen: false },
    notice,
  };
}

/** One display: the audience window on the left 60 %, the presenter on the right 40 %. */
function sideBySide(display: PlacementDisplay): Omit<ShowPlacement, 'notice'> {
  const area = display.workArea;
  const audienceWidth = Math.round(area.width * 0.6);
  return {
    audience: { displayId: display.id, bounds: { x: area.x, y: area.y, width: audienceWidth, height: area.height }, fullScreen: false },
    presenter: {
      displayId: display.id,
      bounds: { x: area.x + audienceWidth, y: area.y, width: area.width - audienceWidth, height: area.height },
      fullScreen: false,
    },
  };
}
