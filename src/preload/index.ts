/**
 * The preload: the only bridge from the sandboxed renderer to main. It exposes a few
 * named functions; the renderer never sees ipcRenderer.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, type DeckHostApi } from '../shared/host-api';

const api: DeckHostApi = {
  platform: 'electron',
  toggleFullScreen: () => ipcRenderer.invoke(IPC_CHANNELS.toggleFullScreen) as Promise<boolean>,
};

contextBridge.exposeInMainWorld('deckHost', api);
