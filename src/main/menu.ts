/**
 * The application menu, as a template built from the actions it offers, so its items and
 * accelerators are tested without Electron. Every accelerator has Ctrl (Cmd on macOS) or is
 * F1: the page's own keys (arrows, letters, digits, Enter, F5, F) stay the page's.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { ShowMode } from './window-state';

export interface MenuActions {
  /** The audience plays as a presentation (the default mode). */
  present: () => void;
  /** The audience plays as a scrolling story. */
  scrollMode: () => void;
  openPresenter: () => void;
  /** Autoplay on or off, as the A key. */
  toggleAutoplay: () => void;
  swapDisplays: () => void;
  /** Pairs a phone as a remote: asks where to show the code, starts the remote if it is off. */
  phoneRemote: () => void;
  /** Asks first, then starts the app again as an unattended kiosk. */
  kiosk: () => void;
  exportPdf: () => void;
  /** The show as an MP4, frame-exact, at the planned times. */
  exportVideo: () => void;
  /** Loads the deck again in every window. */
  reloadDeck: () => void;
  about: () => void;
}

export interface MenuOptions {
  platform?: NodeJS.Platform;
  /** The audience's mode now: the checked one of Present and Scroll Mode. */
  mode?: ShowMode;
  productName?: string;
}

export const MENU_ACCELERATORS = {
  present: 'CmdOrCtrl+Shift+Enter',
  scrollMode: 'CmdOrCtrl+Shift+S',
  openPresenter: 'CmdOrCtrl+Shift+P',
  toggleAutoplay: 'CmdOrCtrl+Shift+A',
  swapDisplays: 'CmdOrCtrl+Shift+D',
  phoneRemote: 'CmdOrCtrl+Shift+R',
  kiosk: 'CmdOrCtrl+Shift+K',
  exportPdf: 'CmdOrCtrl+E',
  exportVideo: 'CmdOrCtrl+Shift+E',
  reloadDeck: 'CmdOrCtrl+R',
  about: 'F1',
} as const satisfies Record<keyof MenuActions, string>;

export function menuTemplate(actions: MenuActions, options: MenuOptions = {}): MenuItemConstructorOptions[] {
  const platform = options.platform ?? process.platform;
  const mode = options.mode ?? 'present';
  const name = options.productName ?? 'Forced Repatriation';
  const keys = MENU_ACCELERATORS;
  const appMenu: MenuItemConstructorOptions[] = platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [
        { label: 'Export PDF…', accelerator: keys.exportPdf, click: () => actions.exportPdf() },
        { label: 'Export Video…', accelerator: keys.exportVideo, click: () => actions.exportVideo() },
        { label: 'Reload Deck', accelerator: keys.reloadDeck, click: () => actions.reloadDeck() },
        { type: 'separator' },
        { role: platform === 'darwin' ? 'close' : 'quit' },
      ],
    },
    {
      label: 'Show',
      submenu: [
        { label: 'Present', type: 'radio', checked: mode === 'present', accelerator: keys.present, click: () => actions.present() },
        { label: 'Scroll Mode', type: 'radio', checked: mode === 'scroll', accelerator: keys.scrollMode, click: () => actions.scrollMode() },
        { type: 'separator' },
        { label: 'Presenter View', accelerator: keys.openPresenter, click: () => actions.openPresenter() },
        { label: 'Autoplay', accelerator: keys.toggleAutoplay, click: () => actions.toggleAutoplay() },
        { label: 'Swap Displays', accelerator: keys.swapDisplays, click: () => actions.swapDisplays() },
        { type: 'separator' },
        { id: 'phone-remote', label: 'Phone Remote…', accelerator: keys.phoneRemote, click: () => actions.phoneRemote() },
        { label: 'Kiosk Mode…', accelerator: keys.kiosk, click: () => actions.kiosk() },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      label: 'Help',
      role: 'help',
      submenu: [{ label: `About ${name}`, accelerator: keys.about, click: () => actions.about() }],
    },
  ];
}
