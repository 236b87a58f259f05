/**
 * The preload against a stand-in Electron (checklist 20): what it puts in the page is one
 * object of named functions, never ipcRenderer or an IPC event, and each function checks
 * its arguments before anything crosses to main.
 */
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type DeckHostApi } from '../shared/host-api';

const exposed = new Map<string, unknown>();
const listeners = new Map<string, (...args: unknown[]) => void>();
const ipcRenderer = {
  send: vi.fn(),
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve(true)),
  on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => listeners.set(channel, listener)),
  removeListener: vi.fn((channel: string) => listeners.delete(channel)),
};
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer,
}));

await import('./index');
const api = exposed.get('deckHost') as DeckHostApi;

/** Every value reachable from the exposed object: functions and plain data only. */
function walk(value: unknown, path: string, found: [string, unknown][] = []): [string, unknown][] {
  found.push([path, value]);
  if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`, found);
  return found;
}

describe('the preload’s bridge', () => {
  it('exposes one object, deckHost, of named functions on fixed channels', () => {
    expect([...exposed.keys()]).toEqual(['deckHost']);
    const leaves = walk(api, 'deckHost').filter(([, value]) => typeof value !== 'object');
    expect(leaves.map(([path, value]) => `${path}: ${typeof value}`).sort()).toEqual(
      [
        'deckHost.toggleFullScreen: function',
        'deckHost.openPresenter: function',
        'deckHost.writeRehearsal: function',
        'deckHost.sync.send: function',
        'deckHost.sync.onMessage: function',
        'deckHost.kiosk.heartbeat: function',
        'deckHost.kiosk.report: function',
        'deckHost.kiosk.exit: function',
        'deckHost.remote.current: function',
        'deckHost.remote.onPairing: function',
        'deckHost.remote.onStaffAction: function',
      ].sort(),
    );
    for (const [, value] of walk(api, 'deckHost')) {
      expect(value).not.toBe(ipcRenderer);
      expect(value).not.toBe(ipcRenderer.send);
      expect(value).not.toBe(ipcRenderer.invoke);
      expect(value).not.toBe(ipcRenderer.on);
    }
  });

  it('hands a listener the message alone, never the IPC event (which reaches ipcRenderer)', () => {
    const heard: unknown[][] = [];
    const stop = api.sync.onMessage((...args: unknown[]) => heard.push(args));
    const event = { sender: ipcRenderer, senderId: 0 };
    listeners.get(IPC_CHANNELS.syncReceive)!(event, { kind: 'hello' });
    expect(heard).toEqual([[{ kind: 'hello' }]]);
    stop();
    expect(listeners.has(IPC_CHANNELS.syncReceive)).toBe(false);
    expect(api.sync.onMessage('not a function' as unknown as () => void)).toBeTypeOf('function');
  });

  it('hands a page only a pairing code that is one: an http address of the relay’s pairing path', async () => {
    const heard: unknown[] = [];
    const stop = api.remote.onPairing((pairing) => heard.push(pairing));
    const event = { sender: ipcRenderer, senderId: 0 };
    const relay = listeners.get(IPC_CHANNELS.remotePairing)!;
    relay(event, { url: 'http://192.168.1.20:4321/p/abc_DEF-123' });
    relay(event, { url: 'javascript:alert(1)' });
    relay(event, { url: 'http://evil.example/p/abc' });
    relay(event, 'http://192.168.1.20:4321/p/abc');
    expect(heard).toEqual([{ url: 'http://192.168.1.20:4321/p/abc_DEF-123' }]);
    stop();
    expect(listeners.has(IPC_CHANNELS.remotePairing)).toBe(false);
  });

  it('hands the kiosk page only a staff action the console has, never anything else main might be made to pass', () => {
    const heard: unknown[] = [];
    const stop = api.remote.onStaffAction((action) => heard.push(action));
    const event = { sender: ipcRenderer, senderId: 0 };
    const relay = listeners.get(IPC_CHANNELS.remoteStaff)!;
    relay(event, 'pause');
    relay(event, 'resume');
    relay(event, 'format-disk');
    relay(event, { action: 'pause' });
    expect(heard).toEqual(['pause', 'resume']);
    stop();
    expect(listeners.has(IPC_CHANNELS.remoteStaff)).toBe(false);
    expect(api.remote.onStaffAction('not a function' as unknown as () => void)).toBeTypeOf('function');
  });

  it('sends only well-formed sync messages', () => {
    ipcRenderer.send.mockClear();
    api.sync.send({ kind: 'command', command: { type: 'next' }, sender: 's', role: 'presenter', seq: 0 });
    api.sync.send({ kind: 'command', command: { type: 'next' }, sender: 's', role: 'presenter', seq: 1, extra: true });
    api.sync.send('next');
    api.sync.send({ kind: 'command', command: { type: 'run', code: 'x' }, sender: 's', role: 'presenter', seq: 2 });
    expect(ipcRenderer.send.mock.calls).toEqual([[IPC_CHANNELS.syncSend, { kind: 'command', command: { type: 'next' }, sender: 's', role: 'presenter', seq: 0 }]]);
  });

  it('sends a rehearsal only when it is one', async () => {
    ipcRenderer.invoke.mockClear();
    await expect(api.writeRehearsal({ scenes: { 'the-scar': [5, null] }, path: '/etc/passwd' })).rejects.toThrow('not a rehearsal');
    await expect(api.writeRehearsal('../../slides')).rejects.toThrow('not a rehearsal');
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
    await api.writeRehearsal({ scenes: { 'the-scar': [5, null] } });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNELS.writeRehearsal, { scenes: { 'the-scar': [5, null] } });
  });

  it('sends kiosk reports and PIN attempts only in their checked form', async () => {
    ipcRenderer.send.mockClear();
    ipcRenderer.invoke.mockClear();
    api.kiosk.report({ event: 'loop', loop: 2, extra: 'dropped' } as never);
    api.kiosk.report({ event: 'format-disk' } as never);
    expect(ipcRenderer.send.mock.calls).toEqual([[IPC_CHANNELS.kioskReport, { event: 'loop', loop: 2 }]]);
    expect(await api.kiosk.exit({ pin: '2468' } as never)).toBe(false);
    expect(await api.kiosk.exit('9'.repeat(1000))).toBe(false);
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
    await api.kiosk.exit('2468');
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNELS.kioskExit, '2468');
  });
});
