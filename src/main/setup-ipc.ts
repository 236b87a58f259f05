/**
 * Answers the preload's named calls and relays sync messages between the show's windows,
 * only for the app's own frames, only among the show's windows and only for well-formed messages.
 */
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain } from 'electron';
import { applyRehearsal } from '../deck/apply-rehearsal';
import { rehearsalSchema } from '../shared/rehearsal';
import { IPC_CHANNELS } from '../shared/host-api';
import { parseSyncMessage } from '../shared/sync';
import { fromApp } from './security';
import type { PhoneRemote } from './phone-remote';
import type { ShowWindows } from './show-windows';

export function setupIpc(show: () => ShowWindows | null, remote: () => PhoneRemote | null = () => null): void {
  ipcMain.handle(IPC_CHANNELS.toggleFullScreen, (event) => {
    if (!fromApp(event)) throw new Error('refused: IPC from a frame outside the app');
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window) return false;
    // A kiosk stays full screen whatever a key in the page asks.
    if (show()?.kiosk) return window.isFullScreen();
    // On macOS the change is animated and isFullScreen() keeps the old answer until it ends:
    // say what was asked for.
    const fullScreen = !window.isFullScreen();
    window.setFullScreen(fullScreen);
    return fullScreen;
  });

  ipcMain.handle(IPC_CHANNELS.openPresenter, (event) => {
    if (!fromApp(event)) throw new Error('refused: IPC from a frame outside the app');
    show()?.openPresenter();
  });

  ipcMain.handle(IPC_CHANNELS.writeRehearsal, (event, data: unknown) => {
    if (!fromApp(event)) throw new Error('refused: IPC from a frame outside the app');
    if (app.isPackaged) {
      throw new Error('this installed app plays a built deck and has no slide files to write; download the times and run npm run rehearsal:apply in the project');
    }
    const rehearsal = rehearsalSchema.parse(data);
    return applyRehearsal(join(app.getAppPath(), 'slides'), rehearsal);
  });

  ipcMain.handle(IPC_CHANNELS.remoteCurrentPairing, (event) => {
    if (!fromApp(event)) throw new Error('refused: IPC from a frame outside the app');
    return remote()?.pairingFor(event.sender.id) ?? null;
  });

  ipcMain.on(IPC_CHANNELS.syncSend, (event, data: unknown) => {
    if (!fromApp(event)) return;
    const message = parseSyncMessage(data);
    if (!message) return;
    // Only the show's windows take part: the hidden window a video is filmed in plays the show
    // too, and its place must never reach the presenter, nor the presenter's keys reach it.
    const windows = show()?.windows() ?? [];
    if (!windows.some((window) => window.webContents.id === event.sender.id)) return;
    // The audience's state goes to paired phones too (the phone remote's relay takes states only, and only from the audience).
    const audience = show()?.audience;
    if (audience && !audience.isDestroyed() && audience.webContents.id === event.sender.id) remote()?.fromAudience(message);
    for (const window of windows) {
      if (window.webContents.id !== event.sender.id) window.webContents.send(IPC_CHANNELS.syncReceive, message);
    }
  });
}
