/**
 * How a show window is created and brought on screen. Two rules from Electron's docs shape it
 * (docs/electron-runtime.md): an explicit `fullscreen: false` makes a window unable to go full
 * screen on macOS (the green button disabled, setFullScreen(true) ignored), and a window created
 * full screen or in kiosk mode is shown at once on Linux and macOS, whatever `show: false` says,
 * before its first paint (a black flash). So every window is created windowed and hidden, with
 * neither option named, and becomes full screen or a kiosk only once it has painted and been shown.
 */
import type { Rectangle } from 'electron';

export type BringOn = 'windowed' | 'full-screen' | 'kiosk';

export interface WindowLaunch {
  /** Constructor options for place and visibility: never `fullscreen`, `fullscreenable` nor `kiosk`. */
  options: Partial<Pick<Rectangle, 'x' | 'y'>> & Pick<Rectangle, 'width' | 'height'> & { show: false };
  /** What the window becomes after 'ready-to-show' and show(). */
  bringOn: BringOn;
}

export function windowLaunch(input: {
  kiosk: boolean;
  /** Where the window was last time, brought onto today's displays; null the first time. */
  saved: { bounds: Rectangle; fullScreen: boolean } | null;
  defaultSize: { width: number; height: number };
}): WindowLaunch {
  const { kiosk, saved, defaultSize } = input;
  return {
    options: { ...(saved ? saved.bounds : defaultSize), show: false },
    bringOn: kiosk ? 'kiosk' : saved?.fullScreen ? 'full-screen' : 'windowed',
  };
}
