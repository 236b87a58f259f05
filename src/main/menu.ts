/**
 * The application menu, as a template built from the actions it offers, so its items
 * and accelerators are tested without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openPresenter: () => void;
  swapDisplays: () => void;
}

export function menuTemplate(actions: MenuActions, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [
    ...appMenu,
    { role: 'fileMenu' },
    {
      label: 'Show',
      submenu: [
        { label: 'Presenter View', accelerator: 'CmdOrCtrl+Shift+P', click: () => actions.openPresenter() },
        { label: 'Swap Displays', accelerator: 'CmdOrCtrl+Shift+D', click: () => actions.swapDisplays() },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
