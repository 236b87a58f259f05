/**
 * The preload: the only bridge from the sandboxed renderer to main. It exposes a few
 * named functions on fixed channels; the renderer never sees ipcRenderer nor an IPC event
 * (a listener gets the message alone), and what it passes is checked here before it
 * crosses, and again in main. A bad argument is dropped (or refused) here, not sent.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, parseRemotePairing, parseStaffAction, type DeckHostApi, type RemotePairing } from '../shared/host-api';
import type { StaffAction } from '../shared/remote-protocol';
import { isPinAttempt, parseKioskReport } from '../shared/kiosk-report';
import { rehearsalSchema } from '../shared/rehearsal';
import { parseSyncMessage } from '../shared/sync';

/** A listener on a main-to-page channel that hears only what `parse` accepts, the value alone; returns a function that stops it. */
function listenChecked<T>(channel: string, parse: (data: unknown) => T | null, listener: (value: T) => void): () => void {
  if (typeof listener !== 'function') return () => {};
  const relay = (_event: IpcRendererEvent, data: unknown) => {
    const value = parse(data);
    if (value !== null) listener(value);
  };
  ipcRenderer.on(channel, relay);
  return () => {
    ipcRenderer.removeListener(channel, relay);
  };
}

const api: DeckHostApi = {
  toggleFullScreen: () => ipcRenderer.invoke(IPC_CHANNELS.toggleFullScreen) as Promise<boolean>,
  openPresenter: () => ipcRenderer.invoke(IPC_CHANNELS.openPresenter) as Promise<void>,
  writeRehearsal: (times: unknown) => {
    const rehearsal = rehearsalSchema.safeParse(times);
    if (!rehearsal.success) return Promise.reject(new Error('not a rehearsal: nothing was written'));
    return ipcRenderer.invoke(IPC_CHANNELS.writeRehearsal, rehearsal.data) as Promise<{ files: string[] }>;
  },
  sync: {
    send: (message: unknown) => {
      const checked = parseSyncMessage(message);
      if (checked) ipcRenderer.send(IPC_CHANNELS.syncSend, checked);
    },
    onMessage: (listener: (message: unknown) => void) => {
      if (typeof listener !== 'function') return () => {};
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
  remote: {
    current: async () => parseRemotePairing(await ipcRenderer.invoke(IPC_CHANNELS.remoteCurrentPairing)),
    onPairing: (listener: (pairing: RemotePairing) => void) => listenChecked(IPC_CHANNELS.remotePairing, parseRemotePairing, listener),
    onStaffAction: (listener: (action: StaffAction) => void) => listenChecked(IPC_CHANNELS.remoteStaff, parseStaffAction, listener),
  },
};

contextBridge.exposeInMainWorld('deckHost', api);
