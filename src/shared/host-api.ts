/**
 * The contract between the renderer and its host. In Electron the preload exposes
 * `window.deckHost` (named functions only, never ipcRenderer); in a browser there is
 * no host and the renderer uses web APIs instead. Channel names live here once, for
 * main, preload and renderer alike.
 */
import type { KioskReport } from './kiosk-report.ts';
import { STAFF_ACTIONS, type StaffAction } from './staff-actions.ts';

export const IPC_CHANNELS = {
  toggleFullScreen: 'window:toggle-full-screen',
  openPresenter: 'window:open-presenter',
  /** Renderer to main: a sync message for the other windows. */
  syncSend: 'sync:send',
  /** Main to renderer: a sync message from another window. */
  syncReceive: 'sync:receive',
  writeRehearsal: 'rehearsal:write',
  /** Renderer to main, kiosk mode: the page is alive (every second). */
  kioskHeartbeat: 'kiosk:heartbeat',
  /** Renderer to main, kiosk mode: an entry for the kiosk log. */
  kioskReport: 'kiosk:report',
  /** Renderer to main, kiosk mode: the exit chord was pressed; main checks the PIN and quits. */
  kioskExit: 'kiosk:exit',
  /** Main to renderer: a phone remote's pairing code to show in this window. */
  remotePairing: 'remote:pairing',
  /** Renderer to main: the pairing code this window should show, if any (a window that opened after the code was made). */
  remoteCurrentPairing: 'remote:current-pairing',
  /** Main to renderer, kiosk mode: a staff action from the phone console (PIN checked by the relay) for the kiosk page to obey itself. */
  remoteStaff: 'remote:staff',
} as const;

/** A pairing code as it crosses to a window: the URL the QR code carries. */
export interface RemotePairing {
  url: string;
}

/** A pairing as the preload lets it through: an http URL of reasonable length, nothing else. */
export function parseRemotePairing(data: unknown): RemotePairing | null {
  if (typeof data !== 'object' || data === null) return null;
  const { url } = data as Record<string, unknown>;
  if (typeof url !== 'string' || url.length > 200 || !/^http:\/\/[0-9.]+:\d+\/p\/[A-Za-z0-9_-]+$/.test(url)) return null;
  return { url };
}

/** A staff action as the preload lets it through to the kiosk page: one of the console's names, nothing else. */
export function parseStaffAction(data: unknown): StaffAction | null {
  return (STAFF_ACTIONS as readonly unknown[]).includes(data) ? (data as StaffAction) : null;
}

export interface DeckHostApi {
  /** Toggles the window's full screen; resolves to the state asked for (on macOS the change is animated and ends later). */
  toggleFullScreen(): Promise<boolean>;
  /** Opens (or brings forward) the presenter window on the speaker's display. */
  openPresenter(): Promise<void>;
  /** Writes rehearsed times into the slide files as planned times (when the app runs from its sources). */
  writeRehearsal(times: unknown): Promise<{ files: string[] }>;
  /** Sync messages between the show's windows, relayed and checked by main. */
  sync: {
    send(message: unknown): void;
    /** Returns a function that stops listening. */
    onMessage(listener: (message: unknown) => void): () => void;
  };
  /** Kiosk mode's link to main's watchdog and log (docs/kiosk.md). Outside kiosk mode main ignores it. */
  kiosk: {
    /** The renderer is alive: sent every second in kiosk mode. */
    heartbeat(): void;
    /** Something for the kiosk log. */
    report(entry: KioskReport): void;
    /** The exit chord was pressed (and a PIN typed when one is set): main checks the PIN and quits; resolves false when refused. */
    exit(pin: string | null): Promise<boolean>;
  };
  /** The phone remote's pairing code, shown in the window main chose (Show › Phone Remote…). */
  remote: {
    /** The code this window should show now, or null. */
    current(): Promise<RemotePairing | null>;
    /** Returns a function that stops listening. */
    onPairing(listener: (pairing: RemotePairing) => void): () => void;
    /** Kiosk mode: staff's Pause and Resume from the phone console, for the page to obey (it holds until Resume). Returns a function that stops listening. */
    onStaffAction(listener: (action: StaffAction) => void): () => void;
  };
}

declare global {
  interface Window {
    deckHost?: DeckHostApi;
  }
}
