/**
 * The contract between the renderer and its host. In Electron the preload exposes
 * `window.deckHost` (named functions only, never ipcRenderer); in a browser there is
 * no host and the renderer uses web APIs instead. Channel names live here once, for
 * main, preload and renderer alike.
 */
export const IPC_CHANNELS = {
  toggleFullScreen: 'window:toggle-full-screen',
} as const;

export interface DeckHostApi {
  readonly platform: 'electron';
  /** Toggles the window's full screen; resolves to whether it is now full screen. */
  toggleFullScreen(): Promise<boolean>;
}

declare global {
  interface Window {
    deckHost?: DeckHostApi;
  }
}
