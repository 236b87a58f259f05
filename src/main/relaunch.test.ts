import { describe, expect, it } from 'vitest';
import { relaunchPlan } from './relaunch';

describe('relaunchPlan', () => {
  it('relaunches through Electron with the given arguments where the app is no AppImage', () => {
    expect(relaunchPlan({ args: ['--kiosk'], env: {}, packaged: true })).toEqual({ kind: 'electron', options: { args: ['--kiosk'] } });
  });

  it('starts the AppImage file itself in a packaged AppImage: the mount the binary runs from goes with this process', () => {
    expect(relaunchPlan({ args: ['--kiosk', '--idle', '90'], env: { APPIMAGE: '/opt/show/Forced-Repatriation.AppImage' }, packaged: true })).toEqual({
      kind: 'spawn-appimage',
      command: '/opt/show/Forced-Repatriation.AppImage',
      args: ['--kiosk', '--idle', '90'],
    });
  });

  it('ignores an APPIMAGE inherited by a development run, and an empty one', () => {
    expect(relaunchPlan({ args: ['.'], env: { APPIMAGE: '/tmp/other.AppImage' }, packaged: false }).kind).toBe('electron');
    expect(relaunchPlan({ args: ['.'], env: { APPIMAGE: '' }, packaged: true }).kind).toBe('electron');
  });
});
