/**
 * The application menu, as a template built from the actions it offers, so its items
 * and accelerators are tested without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openPresenter: () => void;
  swapDisplays: () => void;
  exportPdf: () => void;
}

export function menuTemplate(actions: MenuActions, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [{ label: 'Export PDF…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportPdf() }, { type: 'separator' }, { role: platform === 'darwin' ? 'close' : 'quit' }],
    },
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
