/**
 * setup-security.ts against a stand-in Electron: the handlers it attaches to the session
 * and to every web contents decide as security.ts says (checklist 1, 5, 11, 12, 13, 14, 15).
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

type Handler = (...args: never[]) => unknown;
const session = {
  permissionRequest: null as Handler | null,
  permissionCheck: null as Handler | null,
  devicePermission: null as Handler | null,
  beforeRequest: null as Handler | null,
};
const fakeApp = new EventEmitter();
const openExternal = vi.fn();
vi.mock('electron', () => ({
  app: fakeApp,
  shell: { openExternal },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: Handler) => (session.permissionRequest = handler),
      setPermissionCheckHandler: (handler: Handler) => (session.permissionCheck = handler),
      setDevicePermissionHandler: (handler: Handler) => (session.devicePermission = handler),
      webRequest: { onBeforeRequest: (handler: Handler) => (session.beforeRequest = handler) },
    },
  },
}));

const { setupSecurity } = await import('./setup-security');

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

const openPresenter = vi.fn();
setupSecurity({ openPresenter });
const contents = new FakeContents();
fakeApp.emit('web-contents-created', {}, contents);

function prevented(event: string, ...args: unknown[]): boolean {
  const preventDefault = vi.fn();
  contents.emit(event, { preventDefault, ...(typeof args[0] === 'object' ? (args[0] as object) : {}) }, ...args);
  return preventDefault.mock.calls.length > 0;
}

describe('the security handlers Electron is given', () => {
  it('deny every permission request and check, devices included', () => {
    const callback = vi.fn();
    (session.permissionRequest as (c: unknown, p: string, cb: (granted: boolean) => void) => void)({}, 'media', callback);
    (session.permissionRequest as (c: unknown, p: string, cb: (granted: boolean) => void) => void)({}, 'notifications', callback);
    expect(callback.mock.calls).toEqual([[false], [false]]);
    expect((session.permissionCheck as (c: unknown, p: string) => boolean)({}, 'clipboard-read')).toBe(false);
    expect((session.devicePermission as (d: { deviceType: string }) => boolean)({ deviceType: 'usb' })).toBe(false);
  });

  it('cancel requests for anything outside the app', () => {
    const decide = (url: string) => {
      const callback = vi.fn();
      (session.beforeRequest as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url }, callback);
      return callback.mock.calls[0]![0];
    };
    expect(decide('https://example.org/tracker.js')).toEqual({ cancel: true });
    expect(decide('http://example.org/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('app://deck/assets/index.js')).toEqual({ cancel: false });
  });

  it('stop navigation and redirects that leave the app, in the page and in any frame', () => {
    expect(prevented('will-navigate', 'https://example.org/')).toBe(true);
    expect(prevented('will-navigate', 'app://deck/index.html#/the-scar')).toBe(false);
    expect(prevented('will-redirect', 'https://example.org/')).toBe(true);
    expect(prevented('will-frame-navigate', { url: 'https://example.org/' })).toBe(true);
    expect(prevented('will-frame-navigate', { url: 'app://deck/index.html' })).toBe(false);
  });

  it('refuse to attach any webview', () => {
    expect(prevented('will-attach-webview', {}, { nodeIntegration: false }, { src: 'app://deck/index.html' })).toBe(true);
  });

  it('deny window.open, open the presenter view through main, and never hand a URL to the system', () => {
    expect(contents.openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'app://deck/index.html' })).toEqual({ action: 'deny' });
    expect(openPresenter).not.toHaveBeenCalled();
    expect(contents.openHandler!({ url: 'app://deck/index.html?view=presenter' })).toEqual({ action: 'deny' });
    expect(openPresenter).toHaveBeenCalledOnce();
    expect(openExternal).not.toHaveBeenCalled();
  });
});
