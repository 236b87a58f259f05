/**
 * The phone remote's link to the show: a sync link, as a presenter window has, whose transport
 * is the relay (relay-socket.ts), and what the phone must say about it: whether it is connected,
 * and why the last thing pressed did not reach the show (not connected, too fast, too late, no
 * show). Commands go now or never: nothing pressed while not connected is kept to send later.
 */
import type { SyncMessage, SyncTransport } from '../../shared/sync';
import { newSenderId } from '../platform/sync-transport';
import { RelaySocket, type RelayConnection } from './relay-socket';
import { SyncLink } from './sync-link';

export type Unsent = 'offline' | 'limited' | 'stale' | 'no-show';

export class PhoneLink {
  connection: RelayConnection = $state('connecting');
  /** Why the last command did not reach the show, or null when it went. */
  unsent: Unsent | null = $state(null);
  readonly link: SyncLink;
  readonly #socket: RelaySocket;
  readonly #listeners = new Set<(data: unknown) => void>();

  constructor(path = '/relay/phone') {
    this.#socket = new RelaySocket({
      path,
      onFrame: (frame) => {
        if (frame.kind === 'sync') for (const listener of this.#listeners) listener(frame.message);
        else if (frame.kind === 'dropped' && frame.reason !== 'locked') this.unsent = frame.reason;
      },
      onConnection: (connection) => (this.connection = connection),
    });
    const transport: SyncTransport = {
      send: (message: SyncMessage) => {
        const sent = this.#socket.send({ kind: 'sync', message }, true);
        if (message.kind === 'command') this.unsent = sent ? null : 'offline';
      },
      subscribe: (listener) => {
        this.#listeners.add(listener);
        return () => void this.#listeners.delete(listener);
      },
    };
    this.link = new SyncLink(transport, 'presenter', newSenderId());
  }

  start(): () => void {
    this.#socket.start();
    return () => this.#socket.stop();
  }
}

export function phoneLink(): PhoneLink {
  return new PhoneLink();
}
