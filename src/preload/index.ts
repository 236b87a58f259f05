/**
 * The preload: the only bridge from the sandboxed renderer to main. It exposes a few
 * named functions; the renderer never sees ipcRenderer, and what it passes is checked
 * here before it crosses, and again in main.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, type DeckHostApi } from '../shared/host-api';
import { isPinAttempt, parseKioskReport } from '../shared/kiosk-report';

const api: DeckHostApi = {
  platform: 'electron',
  toggleFullScreen: () => ipcRenderer.invoke(IPC_CHANNELS.toggleFullScreen) as Promise<boolean>,
  openPresenter: () => ipcRenderer.invoke(IPC_CHANNELS.openPresenter) as Promise<void>,
  writeRehearsal: (times: unknown) => ipcRenderer.invoke(IPC_CHANNELS.writeRehearsal, times) as Promise<{ files: string[] }>,
  sync: {
    send: (message: unknown) => ipcRenderer.send(IPC_CHANNELS.syncSend, message),
    onMessage: (listener: (message: unknown) => void) => {
      const relay = (_event: IpcRendererEvent, message: unknown) => listener(message);
      ipcRenderer.on(IPC_CHANNELS.syncReceive, relay);
      return () => {
        ipcRenderer.removeListener(IPC_CHANNELS.syncReceive, relay);
      };
    },
  },
  kiosk: {
    heartbeat: () => ipcRenderer.send(IPC_CHANNELS.kioskHeartbeat),
    report: (entry: unknown) => {
      const report = parseKioskReport(entry);
      if (report) ipcRenderer.send(IPC_CHANNELS.kioskReport, report);
    },
    exit: (pin: unknown) => (isPinAttempt(pin) ? (ipcRenderer.invoke(IPC_CHANNELS.kioskExit, pin) as Promise<boolean>) : Promise.resolve(false)),
  },
};

contextBridge.exposeInMainWorld('deckHost', api);
