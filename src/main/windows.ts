/** The audience window: the show itself. */
import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './security';

export interface AudienceWindowOptions {
  url: string;
  preload: string;
  title: string;
  kiosk: boolean;
}

export function createAudienceWindow(options: AudienceWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 720,
    minWidth: 480,
    minHeight: 270,
    title: options.title,
    backgroundColor: '#000000',
    show: false,
    kiosk: options.kiosk,
    fullscreen: options.kiosk,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(options.preload),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url);
  return window;
}
