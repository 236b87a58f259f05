/**
 * The sync transport for this page: Electron IPC through the preload when the app hosts
 * us, a BroadcastChannel otherwise (windows of one browser, same origin and path).
 */
import '../../shared/host-api';
import type { SyncMessage, SyncTransport } from '../../shared/sync';

export function createSyncTransport(): SyncTransport {
  const host = window.deckHost;
  if (host) {
    return {
      send: (message: SyncMessage) => host.sync.send(message),
      subscribe: (listener) => host.sync.onMessage(listener),
    };
  }
  const channel = new BroadcastChannel(`forced-repatriation-deck:${location.pathname}`);
  return {
    send: (message: SyncMessage) => channel.postMessage(message),
    subscribe: (listener) => {
      const onMessage = (event: MessageEvent) => listener(event.data);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}

export function newSenderId(): string {
  return crypto.randomUUID();
}
