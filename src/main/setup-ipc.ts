/** Answers the preload's named calls, only for the app's own frames. */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS } from '../shared/host-api';
import { isTrustedSender } from './security';

function fromApp(event: IpcMainInvokeEvent): boolean {
  return isTrustedSender(event.senderFrame?.url);
}

export function setupIpc(): void {
  ipcMain.handle(IPC_CHANNELS.toggleFullScreen, (event) => {
    if (!fromApp(event)) throw new Error('refused: IPC from a frame outside the app');
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window) return false;
    window.setFullScreen(!window.isFullScreen());
    return window.isFullScreen();
  });
}
