import { describe, expect, it } from 'vitest';
import { devToolsAllowed, fromApp, isAllowedNavigation, isAllowedRequest, isTrustedSender, permissionDecision, windowOpenDecision } from './security';

describe('security rules', () => {
  it('allows navigation only inside the app (checklist 13)', () => {
    expect(isAllowedNavigation('app://deck/index.html#/the-scar')).toBe(true);
    expect(isAllowedNavigation('app://deck/index.html?view=presenter')).toBe(true);
    expect(isAllowedNavigation('https://example.org/')).toBe(false);
    expect(isAllowedNavigation('http://deck/index.html')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('app://other/index.html')).toBe(false);
    expect(isAllowedNavigation('app://deck.evil.example/index.html')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
    expect(isAllowedNavigation('not a url')).toBe(false);
  });

  it('refuses every new window, the presenter view being opened by main instead (checklist 14, 15)', () => {
    expect(windowOpenDecision('app://deck/index.html?view=presenter')).toBe('open-presenter');
    expect(windowOpenDecision('app://deck/index.html?view=presenter#/the-scar')).toBe('open-presenter');
    expect(windowOpenDecision('app://deck/index.html')).toBe('deny');
    expect(windowOpenDecision('app://deck/index.html?view=print')).toBe('deny');
    expect(windowOpenDecision('https://www.ohchr.org/')).toBe('deny');
    expect(windowOpenDecision('https://evil.example/?view=presenter')).toBe('deny');
    expect(windowOpenDecision('file:///etc/passwd')).toBe('deny');
    expect(windowOpenDecision('smb://server/share')).toBe('deny');
    expect(windowOpenDecision('')).toBe('deny');
  });

  it('cancels every network and file request: the app loads nothing from outside (checklist 1, 18)', () => {
    for (const url of ['http://example.org/x.js', 'https://example.org/x.js', 'ws://example.org/', 'wss://example.org/', 'ftp://example.org/a', 'file:///etc/passwd', 'nonsense']) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
    for (const url of ['app://deck/index.html', 'data:font/woff2;base64,AAAA', 'blob:app://deck/1234', 'devtools://devtools/bundled/inspector.html']) {
      expect(isAllowedRequest(url), url).toBe(true);
    }
  });

  it('refuses every permission (checklist 5)', () => {
    for (const permission of ['media', 'notifications', 'geolocation', 'fullscreen', 'openExternal', 'clipboard-read', 'hid', 'usb', 'serial', 'display-capture']) {
      expect(permissionDecision(permission)).toBe(false);
    }
  });

  it('turns developer tools off in a kiosk and in an installed app', () => {
    expect(devToolsAllowed({ kiosk: false, packaged: false })).toBe(true);
    expect(devToolsAllowed({ kiosk: true, packaged: false })).toBe(false);
    expect(devToolsAllowed({ kiosk: false, packaged: true })).toBe(false);
    expect(devToolsAllowed({ kiosk: true, packaged: true })).toBe(false);
  });

  it('answers IPC only from the app’s own top-level frames (checklist 17)', () => {
    expect(isTrustedSender({ url: 'app://deck/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://deck/index.html?view=presenter#/the-scar', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://evil/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/index.html', parent: null })).toBe(false);
    // A frame inside an app page (the app has none; CSP refuses them) is not the app.
    expect(isTrustedSender({ url: 'app://deck/index.html', parent: { url: 'app://deck/index.html' } })).toBe(false);
    expect(isTrustedSender({ url: 'app://deck/index.html', parent: undefined })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(fromApp({ senderFrame: { url: 'app://deck/index.html', parent: null } })).toBe(true);
    expect(fromApp({ senderFrame: null })).toBe(false);
  });
});
