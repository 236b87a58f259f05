/**
 * The one place the app makes a BrowserWindow, so every window (audience, presenter, the
 * hidden export window) has the same web preferences, written out here where a reader and
 * Electronegativity can both see them: isolated, sandboxed, no Node, web security on, no
 * webview, no experimental or extra Blink features, middle-click (auxclick) off.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export interface SecureWindowOptions extends Omit<BrowserWindowConstructorOptions, 'webPreferences'> {
  preload: string;
  /** Developer tools: security.ts's devToolsAllowed decides. */
  devTools: boolean;
  /** False keeps a hidden kiosk page's timers at full speed (its heartbeat). */
  backgroundThrottling?: boolean;
}

export function createSecureWindow(options: SecureWindowOptions): BrowserWindow {
  const { preload, devTools, backgroundThrottling = true, ...windowOptions } = options;
  return new BrowserWindow({
    ...windowOptions,
    webPreferences: {
      preload,
      devTools,
      backgroundThrottling,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });
}
