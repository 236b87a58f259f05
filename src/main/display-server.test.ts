import { describe, expect, it } from 'vitest';
import { displayServerPlan, launcherSwitches, NO_XWAYLAND_NOTICE, WAYLAND_NOTICE, X11_SWITCH } from './display-server';

const waylandSession = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' };

describe('displayServerPlan', () => {
  it('leaves macOS, Windows and X11 sessions as they are', () => {
    expect(displayServerPlan({ platform: 'darwin', ozonePlatform: '', args: [], env: waylandSession })).toEqual({ action: 'as-is' });
    expect(displayServerPlan({ platform: 'win32', ozonePlatform: '', args: [], env: {} })).toEqual({ action: 'as-is' });
    expect(displayServerPlan({ platform: 'linux', ozonePlatform: 'x11', args: ['.'], env: { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' } })).toEqual({ action: 'as-is' });
  });

  it('relaunches through XWayland once when Electron chose Wayland by itself (Electron 38+ in a Wayland session)', () => {
    expect(displayServerPlan({ platform: 'linux', ozonePlatform: 'wayland', args: ['.', '--kiosk'], env: waylandSession })).toEqual({
      action: 'relaunch-on-x11',
      args: ['.', '--kiosk', X11_SWITCH],
    });
    // The relaunched app carries the switch, so it never relaunches again.
    expect(displayServerPlan({ platform: 'linux', ozonePlatform: 'x11', args: ['.', '--kiosk', X11_SWITCH], env: waylandSession })).toEqual({ action: 'as-is' });
  });

  it('reads the session when Electron left the switch empty', () => {
    expect(displayServerPlan({ platform: 'linux', ozonePlatform: '', args: [], env: waylandSession }).action).toBe('relaunch-on-x11');
  });

  it('stays on Wayland when the speaker asked for it, or when there is no XWayland, and says what to do', () => {
    expect(displayServerPlan({ platform: 'linux', ozonePlatform: 'wayland', args: ['--ozone-platform=wayland'], env: waylandSession })).toEqual({
      action: 'stay-on-wayland',
      notice: WAYLAND_NOTICE,
    });
    expect(displayServerPlan({ platform: 'linux', ozonePlatform: 'wayland', args: [], env: { XDG_SESSION_TYPE: 'wayland' } })).toEqual({
      action: 'stay-on-wayland',
      notice: NO_XWAYLAND_NOTICE,
    });
  });
});

describe('launcherSwitches', () => {
  it('adds the X11 switch on Linux only, and never over the user’s own choice', () => {
    expect(launcherSwitches('linux', ['--kiosk'])).toEqual([X11_SWITCH]);
    expect(launcherSwitches('linux', ['--ozone-platform=wayland'])).toEqual([]);
    expect(launcherSwitches('darwin', [])).toEqual([]);
    expect(launcherSwitches('win32', [])).toEqual([]);
  });
});
