/**
 * The contract between the renderer and its host. In Electron the preload exposes
 * `window.deckHost` (named functions only, never ipcRenderer); in a browser there is
 * no host and the renderer uses web APIs instead. Channel names live here once, for
 * main, preload and renderer alike.
 */
export const IPC_CHANNELS = {
  toggleFullScreen: 'window:toggle-full-screen',
  openPresenter: 'window:open-presenter',
  /** Renderer to main: a sync message for the other windows. */
  syncSend: 'sync:send',
  /** Main to renderer: a sync message from another window. */
  syncReceive: 'sync:receive',
  writeRehearsal: 'rehearsal:write',
} as const;

export interface DeckHostApi {
  readonly platform: 'electron';
  /** Toggles the window's full screen; resolves to whether it is now full screen. */
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
}

declare global {
  interface Window {
    deckHost?: DeckHostApi;
  }
}
