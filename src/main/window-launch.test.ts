import { describe, expect, it } from 'vitest';
import { windowLaunch } from './window-launch';

const defaultSize = { width: 1280, height: 720 };
const bounds = { x: 1500, y: 40, width: 1280, height: 720 };

describe('windowLaunch', () => {
  it('never names fullscreen, fullscreenable or kiosk, whatever the case: each would break a platform', () => {
    for (const kiosk of [false, true]) {
      for (const saved of [null, { bounds, fullScreen: false }, { bounds, fullScreen: true }]) {
        const { options } = windowLaunch({ kiosk, saved, defaultSize });
        expect(Object.keys(options).sort()).toEqual(saved ? ['height', 'show', 'width', 'x', 'y'] : ['height', 'show', 'width']);
        expect(options.show).toBe(false);
      }
    }
  });

  it('brings a kiosk on as a kiosk, a window remembered full screen as full screen, any other windowed', () => {
    expect(windowLaunch({ kiosk: true, saved: null, defaultSize }).bringOn).toBe('kiosk');
    expect(windowLaunch({ kiosk: false, saved: { bounds, fullScreen: true }, defaultSize }).bringOn).toBe('full-screen');
    expect(windowLaunch({ kiosk: false, saved: { bounds, fullScreen: false }, defaultSize }).bringOn).toBe('windowed');
    expect(windowLaunch({ kiosk: false, saved: null, defaultSize }).bringOn).toBe('windowed');
  });

  it('opens where the window was remembered, else at the default size', () => {
    expect(windowLaunch({ kiosk: false, saved: { bounds, fullScreen: false }, defaultSize }).options).toMatchObject(bounds);
    expect(windowLaunch({ kiosk: false, saved: null, defaultSize }).options).toEqual({ ...defaultSize, show: false });
  });
});
