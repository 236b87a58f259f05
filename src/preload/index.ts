/**
 * The preload: the only bridge from the sandboxed renderer to main. It exposes a few
 * named functions; the renderer never sees ipcRenderer.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, type DeckHostApi } from '../shared/host-api';

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
};

contextBridge.exposeInMainWorld('deckHost', api);
