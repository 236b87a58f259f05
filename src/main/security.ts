/**
 * Electron's security checklist, as the rules main applies. Pure functions here, so
 * each rule is unit-tested against exactly the decisions the app makes; setup-security.ts
 * and secure-window.ts attach them to Electron. docs/security.md maps every checklist item
 * to its rule and test.
 */
import { APP_ORIGIN } from '../shared/app-origin';
import { readPageQuery } from '../shared/page-query';

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

/**
 * What window.open (or a link with a target) gets: always a refusal, since new windows are
 * made by main alone, with the app's own web preferences. The presenter view is the one
 * window a page may ask for: main opens it itself instead. No URL ever leaves for the
 * system browser (shell.openExternal is not used: the deck has no outside links).
 */
export function windowOpenDecision(url: string): 'open-presenter' | 'deny' {
  if (!isAppUrl(url)) return 'deny';
  return readPageQuery(new URL(url).search).values.view === 'presenter' ? 'open-presenter' : 'deny';
}

/**
 * Requests a page may make at all. The app needs no network: its files come over app://,
 * fonts and images inline (data:, blob:). Any http(s), ws(s), ftp or file request is
 * cancelled, so no remote or insecure content can load even if a page asked for it.
 */
const REFUSED_REQUEST_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

export function isAllowedRequest(url: string): boolean {
  try {
    return !REFUSED_REQUEST_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Every permission (camera, microphone, notifications, geolocation, HID, USB…) is refused: the show needs none. */
export function permissionDecision(_permission: string): false {
  return false;
}

/** Developer tools, never in a kiosk (a visitor's way out) nor in an installed app. */
export function devToolsAllowed(options: { kiosk: boolean; packaged: boolean }): boolean {
  return !options.kiosk && !options.packaged;
}

/** The parts of an IPC event's sender frame that decide trust (Electron's WebFrameMain). */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/** IPC is answered only for the app's own pages: a top-level frame (the app has no frames) at app://deck. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame != null && frame.parent === null && typeof frame.url === 'string' && isAppUrl(frame.url);
}

/** The same check, for an ipcMain event. */
export function fromApp(event: { senderFrame: SenderFrame | null }): boolean {
  return isTrustedSender(event.senderFrame);
}
