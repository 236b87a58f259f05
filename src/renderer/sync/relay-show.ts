/**
 * The page that owns the show, as the relay's show (the web build served by `npm run present`,
 * its URL carrying the show's key as `relay`): one more transport into its sync link, so a
 * paired phone is one more presenter window to it (commands in, states out), and, at a kiosk,
 * the line staff actions and status requests come in by.
 */
import type { StaffAction, StaffStatus } from '../../shared/remote-protocol';
import type { SyncMessage, SyncTransport } from '../../shared/sync';
import { RelaySocket } from './relay-socket';

/** Where a kiosk hears its staff (the console, through the relay here; main in the app). */
export interface StaffLine {
  onAction(listener: (action: StaffAction) => void): () => void;
  onStatusRequest(listener: () => void): () => void;
  sendStatus(status: StaffStatus): void;
}

export interface RelayShow {
  transport: SyncTransport;
  staff: StaffLine;
  stop(): void;
}

export function relayShow(key: string): RelayShow {
  const messages = new Set<(data: unknown) => void>();
  const actions = new Set<(action: StaffAction) => void>();
  const requests = new Set<() => void>();
  let requestWaiting = false;
  const socket = new RelaySocket({
    path: `/relay/show?key=${encodeURIComponent(key)}`,
    onFrame: (frame) => {
      if (frame.kind === 'sync') for (const listener of messages) listener(frame.message);
      else if (frame.kind === 'staff') for (const listener of actions) listener(frame.action);
      else if (frame.kind === 'status-request') {
        // A request before the kiosk listens (its layer still mounting) is answered once it does.
        if (requests.size === 0) requestWaiting = true;
        for (const listener of requests) listener();
      }
    },
    onConnection: (connection) => {
      if (connection === 'refused') console.warn('The phone remote’s relay refused this page’s key: phones cannot drive this show.');
    },
  });
  socket.start();
  const listen = <T>(set: Set<T>, listener: T) => {
    set.add(listener);
    return () => void set.delete(listener);
  };
  return {
    transport: {
      // Only where the show is goes out: the relay takes nothing else from the show.
      send: (message: SyncMessage) => {
        if (message.kind === 'state') socket.send({ kind: 'sync', message });
      },
      subscribe: (listener) => listen(messages, listener),
    },
    staff: {
      onAction: (listener) => listen(actions, listener),
      onStatusRequest: (listener) => {
        const stop = listen(requests, listener);
        if (requestWaiting) {
          requestWaiting = false;
          listener();
        }
        return stop;
      },
      sendStatus: (status) => void socket.send({ kind: 'status', status }),
    },
    stop: () => socket.stop(),
  };
}

/** Two transports as one: each message goes out by both, and what either hears is heard. */
export function bothTransports(first: SyncTransport, second: SyncTransport): SyncTransport {
  return {
    send: (message) => {
      first.send(message);
      second.send(message);
    },
    subscribe: (listener) => {
      const stopFirst = first.subscribe(listener);
      const stopSecond = second.subscribe(listener);
      return () => {
        stopFirst();
        stopSecond();
      };
    },
  };
}
