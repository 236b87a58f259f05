import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../shared/host-api';
import { obeyStaff, remoteHosts, toKioskPage, type StaffTargets } from './phone-remote';

function targets() {
  const to = { kiosk: { restartLoop: vi.fn<() => void>(), staffExit: vi.fn<() => void>() }, toKioskPage: vi.fn<StaffTargets['toKioskPage']>() };
  return to satisfies StaffTargets;
}

describe('a staff action in the app', () => {
  it('sends Pause and Resume to the kiosk page to obey itself, not a player command a visitor’s touch undoes', () => {
    const to = targets();
    expect(obeyStaff('pause', to, false)).toBe(true);
    expect(to.toKioskPage).toHaveBeenLastCalledWith('pause');
    expect(obeyStaff('resume', to, true)).toBe(false);
    expect(to.toKioskPage).toHaveBeenLastCalledWith('resume');
    expect(to.kiosk.restartLoop).not.toHaveBeenCalled();
    expect(to.kiosk.staffExit).not.toHaveBeenCalled();
  });

  it('restarts the loop by the kiosk session (a fresh page, unpaused) and exits by it', () => {
    const to = targets();
    expect(obeyStaff('restart-loop', to, true)).toBe(false);
    expect(to.kiosk.restartLoop).toHaveBeenCalledOnce();
    expect(obeyStaff('exit', to, true)).toBe(true);
    expect(to.kiosk.staffExit).toHaveBeenCalledOnce();
    expect(to.toKioskPage).not.toHaveBeenCalled();
  });
});

describe('the line to the kiosk page', () => {
  it('is the staff channel to the audience window, and nothing when that window is gone', () => {
    const send = vi.fn();
    let destroyed = false;
    const audience = { isDestroyed: () => destroyed, webContents: { send } } as never;
    toKioskPage({ audience }, 'pause');
    expect(send).toHaveBeenCalledWith(IPC_CHANNELS.remoteStaff, 'pause');
    destroyed = true;
    toKioskPage({ audience }, 'resume');
    toKioskPage(null, 'resume');
    expect(send).toHaveBeenCalledOnce();
  });
});

describe('where the remote listens', () => {
  it('on the private network address and loopback, or loopback alone', () => {
    expect(remoteHosts('192.168.1.20')).toEqual(['192.168.1.20', '127.0.0.1']);
    expect(remoteHosts(null)).toEqual(['127.0.0.1']);
  });
});
