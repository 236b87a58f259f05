/**
 * Electron's security checklist, as the rules main applies. Pure functions here, so
 * each rule is unit-tested against exactly the options and decisions the app uses;
 * setup-security.ts attaches them to Electron.
 */
import type { WebPreferences } from 'electron';
import { APP_ORIGIN } from './app-protocol';

/** Every window's web preferences: isolated, sandboxed, no Node, web security on. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** True for a URL of the app itself (app://deck/…). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** Navigation stays inside the app: a page may move between its own routes only. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** Links that leave the app open in the system browser, and only for http(s). */
export function isExternalLink(url: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** IPC is answered only for the app's own frames. */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl);
}
