import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isExternalLink, isTrustedSender, secureWebPreferences } from './security';

describe('window security', () => {
  it('isolates, sandboxes and keeps Node out of every window', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });

  it('allows navigation only inside the app', () => {
    expect(isAllowedNavigation('app://deck/index.html#/the-scar')).toBe(true);
    expect(isAllowedNavigation('app://deck/index.html?view=presenter')).toBe(true);
    expect(isAllowedNavigation('https://example.org/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('app://other/index.html')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
  });

  it('sends only http(s) links to the system browser', () => {
    expect(isExternalLink('https://www.ohchr.org/')).toBe(true);
    expect(isExternalLink('file:///etc/passwd')).toBe(false);
    expect(isExternalLink('smb://server/share')).toBe(false);
  });

  it('answers IPC only from the app’s own frames', () => {
    expect(isTrustedSender('app://deck/index.html')).toBe(true);
    expect(isTrustedSender('https://evil.example/')).toBe(false);
    expect(isTrustedSender('app://evil/index.html')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
