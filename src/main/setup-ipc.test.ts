/**
 * Every channel main listens on, against a stand-in Electron (checklist 17): a message from
 * anything but the app's own top-level page is refused before it does anything, and what
 * the app's pages send is checked before it is relayed.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../shared/host-api';

const handlers = new Map<string, (...args: unknown[]) => unknown>();
const fakeWindow = { isFullScreen: vi.fn(() => false), setFullScreen: vi.fn() };
vi.mock('electron', () => ({
  app: Object.assign(new EventEmitter(), { isPackaged: true, getAppPath: () => '/nowhere', getPath: () => '/nowhere', getVersion: () => '0' }),
  BrowserWindow: { fromWebContents: () => fakeWindow },
  ipcMain: {
    on: (channel: string, listener: (...args: unknown[]) => unknown) => handlers.set(channel, listener),
    handle: (channel: string, listener: (...args: unknown[]) => unknown) => handlers.set(channel, listener),
  },
  powerSaveBlocker: { start: vi.fn() },
}));

const { setupIpc } = await import('./setup-ipc');
const { setupKioskIpc } = await import('./setup-kiosk');
import type { ShowWindows } from './show-windows';
import type { KioskSession } from './setup-kiosk';

class FakeContents {
  static next = 1;
  readonly id = FakeContents.next++;
  send = vi.fn();
}
const audience = { webContents: new FakeContents() };
const presenter = { webContents: new FakeContents() };
const show = { kiosk: false, openPresenter: vi.fn(), windows: () => [audience, presenter] } as unknown as ShowWindows;
const kiosk = { heartbeat: vi.fn(), report: vi.fn(), exit: vi.fn(() => true) } as unknown as KioskSession;
setupIpc(() => show);
setupKioskIpc(() => kiosk);

const APP_PAGE = { url: 'app://deck/index.html', parent: null };
const UNTRUSTED = [
  ['a web page', { url: 'https://evil.example/', parent: null }],
  ['another app:// host', { url: 'app://evil/index.html', parent: null }],
  ['a file:// page', { url: 'file:///tmp/index.html', parent: null }],
  ['a frame inside the app page', { url: 'app://deck/index.html', parent: APP_PAGE }],
  ['a frame that is gone', null],
] as const;

function call(channel: string, senderFrame: unknown, ...args: unknown[]): unknown {
  return callFrom(audience.webContents, channel, senderFrame, ...args);
}

function callFrom(sender: FakeContents, channel: string, senderFrame: unknown, ...args: unknown[]): unknown {
  return handlers.get(channel)!({ sender, senderFrame }, ...args);
}

const rendererToMain = Object.values(IPC_CHANNELS).filter((channel) => channel !== IPC_CHANNELS.syncReceive && channel !== IPC_CHANNELS.remotePairing && channel !== IPC_CHANNELS.remoteStaff);
const validSync = { kind: 'command', command: { type: 'next' }, sender: 'page-1', role: 'presenter', seq: 1 };
const argumentsFor: Record<string, unknown[]> = {
  [IPC_CHANNELS.writeRehearsal]: [{ scenes: {} }],
  [IPC_CHANNELS.syncSend]: [validSync],
  [IPC_CHANNELS.kioskReport]: [{ event: 'loop', loop: 1 }],
  [IPC_CHANNELS.kioskExit]: ['2468'],
};

describe('IPC senders', () => {
  it('has a listener on every channel a page may use', () => {
    expect([...handlers.keys()].sort()).toEqual([...rendererToMain].sort());
  });

  describe.each(UNTRUSTED)('from %s', (_name, frame) => {
    it.each(rendererToMain)('%s is refused and does nothing', async (channel) => {
      try {
        await call(channel, frame, ...(argumentsFor[channel] ?? []));
        // Fire-and-forget channels return nothing; invoke channels must throw.
        expect(['sync:send', 'kiosk:heartbeat', 'kiosk:report']).toContain(channel);
      } catch (error) {
        expect((error as Error).message).toMatch(/^refused: IPC from a frame outside the app/);
      }
      expect(show.openPresenter).not.toHaveBeenCalled();
      expect(fakeWindow.setFullScreen).not.toHaveBeenCalled();
      expect(audience.webContents.send).not.toHaveBeenCalled();
      expect(presenter.webContents.send).not.toHaveBeenCalled();
      expect(kiosk.heartbeat).not.toHaveBeenCalled();
      expect(kiosk.report).not.toHaveBeenCalled();
      expect(kiosk.exit).not.toHaveBeenCalled();
    });
  });

  it('relays a well-formed sync message from the app to the other windows only, and drops a malformed one', () => {
    call(IPC_CHANNELS.syncSend, APP_PAGE, { ...validSync, extra: 'field' });
    call(IPC_CHANNELS.syncSend, APP_PAGE, { kind: 'command', command: { type: 'eval', code: '1' }, sender: 'x', role: 'presenter', seq: 2 });
    expect(presenter.webContents.send).not.toHaveBeenCalled();
    call(IPC_CHANNELS.syncSend, APP_PAGE, validSync);
    expect(presenter.webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.syncReceive, validSync);
    expect(audience.webContents.send).not.toHaveBeenCalled();
  });

  it('relays nothing from an app page outside the show (the hidden window a video is filmed in)', () => {
    presenter.webContents.send.mockClear();
    callFrom(new FakeContents(), IPC_CHANNELS.syncSend, APP_PAGE, { ...validSync, seq: 9 });
    expect(presenter.webContents.send).not.toHaveBeenCalled();
    expect(audience.webContents.send).not.toHaveBeenCalled();
  });

  it('answers the app’s own page', async () => {
    await call(IPC_CHANNELS.openPresenter, APP_PAGE);
    expect(show.openPresenter).toHaveBeenCalledOnce();
    // The stand-in, like macOS mid-animation, still says "not full screen": the answer is what was asked for.
    expect(await call(IPC_CHANNELS.toggleFullScreen, APP_PAGE)).toBe(true);
    expect(fakeWindow.setFullScreen).toHaveBeenCalledWith(true);
    expect(await call(IPC_CHANNELS.kioskExit, APP_PAGE, '2468')).toBe(true);
    expect(await call(IPC_CHANNELS.kioskExit, APP_PAGE, { pin: '2468' })).toBe(false);
  });

  it('writes no slides from an installed app', () => {
    expect(() => call(IPC_CHANNELS.writeRehearsal, APP_PAGE, { scenes: {} })).toThrow(/installed app/);
  });
});
