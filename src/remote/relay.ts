/**
 * The relay between the show and the phones, without sockets: peers are anything that can
 * send a text and close (remote-server.ts wraps WebSockets; main wraps its IPC for the app's
 * audience window). What it enforces, in this order, for every frame a phone or console sends:
 * its shape (remote-protocol.ts, the sync messages by the windows' own zod schema), its rate
 * (a token bucket per connection), its freshness (the relay's tick it was sent under: a command
 * that sat in a dead connection's buffer is dropped, never played late), and for staff
 * actions the kiosk's PIN (node/pin-gate.ts: constant time, a lockout shared by every console).
 */
import { CLOSE_CODES, parseConsoleFrame, parsePhoneFrame, parseShowFrame, type RelayFrame, type StaffAction, type StaffStatus } from '../shared/remote-protocol.ts';
import type { SyncMessage } from '../shared/sync.ts';
import { PinGate } from '../node/pin-gate.ts';
import { TokenBucket } from './rate-limit.ts';

export interface Peer {
  send(text: string): void;
  close(code: number, reason: string): void;
}

/** The show's end of the relay: the audience page's socket, or main's bridge to the audience window. */
export interface ShowEnd {
  /** A phone's command or hello, checked, to obey or answer. */
  deliver(message: SyncMessage): void;
  /** A staff action, the PIN already checked. */
  staff(action: StaffAction): void;
  /** Staff asked how the kiosk is: answer with Relay.showStatus. */
  requestStatus(): void;
}

/** Phones: a speaker taps at most a few times a second; 10 at once covers a quick double-skip. */
export const PHONE_BURST = 10;
export const PHONE_PER_SECOND = 5;
/** Consoles: a few actions a minute. */
export const CONSOLE_BURST = 5;
export const CONSOLE_PER_SECOND = 1;
/** A command is trusted when sent under the current tick or the one before: at most about two seconds old. */
export const MAX_TICK_AGE = 1;

interface Connection {
  peer: Peer;
  bucket: TokenBucket;
  /** The pairing's session this connection came with: a newer connection of the same session replaces it. */
  session: string;
  /** Console only: the PIN was given. */
  unlocked: boolean;
  /** The last time this connection was told it was dropped, so a flood gets one notice a second, not a flood back. */
  toldAt: number;
}

export interface RelayOptions {
  /** The kiosk's PIN, for the console; null: no console (none may act on a kiosk without one). */
  pin: string | null;
  now?: () => number;
}

export class Relay {
  #tick = 0;
  #show: ShowEnd | null = null;
  readonly #phones = new Set<Connection>();
  readonly #consoles = new Set<Connection>();
  readonly #pins: PinGate;
  readonly #now: () => number;
  readonly #hasPin: boolean;
  /** The last state the show told: a phone that connects hears it at once. */
  #lastState: SyncMessage | null = null;

  constructor(options: RelayOptions) {
    this.#now = options.now ?? Date.now;
    this.#hasPin = options.pin !== null;
    this.#pins = new PinGate(options.pin, this.#now);
  }

  get tick(): number {
    return this.#tick;
  }

  get phones(): number {
    return this.#phones.size;
  }

  /** Advances the tick and tells every phone and console: their heartbeat, and the clock their commands are judged by. */
  advance(): void {
    this.#tick++;
    const frame = text({ kind: 'tick', tick: this.#tick });
    for (const connection of [...this.#phones, ...this.#consoles]) connection.peer.send(frame);
  }

  /** The show connects (a new one replaces the old: the audience page reloaded). Returns what it says and how it leaves. */
  attachShow(show: ShowEnd): { receive(text: unknown): void; state(message: SyncMessage): void; status(status: StaffStatus): void; detach(): void } {
    this.#show = show;
    // A console already watching (the kiosk page reloaded, or came after the PIN was given) is told
    // how the kiosk is now, without a Refresh: its last status was the old page's, or none.
    if ([...this.#consoles].some((connection) => connection.unlocked)) show.requestStatus();
    const state = (message: SyncMessage) => {
      if (this.#show !== show || message.kind !== 'state' || message.role !== 'audience') return;
      this.#lastState = message;
      this.#toAll(this.#phones, { kind: 'sync', message });
    };
    const status = (value: StaffStatus) => {
      if (this.#show !== show) return;
      this.#toAll([...this.#consoles].filter((connection) => connection.unlocked), { kind: 'status', status: value });
    };
    return {
      receive: (data) => {
        const frame = parseShowFrame(data);
        if (frame?.kind === 'sync') state(frame.message);
        else if (frame?.kind === 'status') status(frame.status);
      },
      state,
      status,
      detach: () => {
        if (this.#show === show) this.#show = null;
      },
    };
  }

  /** A paired phone connects. Returns what to do with each of its frames, and with its leaving. */
  attachPhone(peer: Peer, session: string): { receive(text: unknown): void; detach(): void } {
    const connection = this.#connect(this.#phones, peer, session, PHONE_BURST, PHONE_PER_SECOND);
    if (this.#lastState) peer.send(text({ kind: 'sync', message: this.#lastState }));
    return {
      receive: (data) => {
        const frame = parsePhoneFrame(data);
        if (!frame) return; // not the protocol: dropped in silence (a peer that speaks it never sends one)
        if (!connection.bucket.take()) return this.#dropped(connection, 'limited');
        if (this.#tick - frame.tick > MAX_TICK_AGE || frame.tick > this.#tick) return this.#dropped(connection, 'stale');
        if (!this.#show) return this.#dropped(connection, 'no-show');
        this.#show.deliver(frame.message);
      },
      detach: () => this.#phones.delete(connection),
    };
  }

  /** A paired console connects; it must give the PIN before it sees or does anything. */
  attachConsole(peer: Peer, session: string): { receive(text: unknown): void; detach(): void } {
    const connection = this.#connect(this.#consoles, peer, session, CONSOLE_BURST, CONSOLE_PER_SECOND);
    if (!this.#hasPin) peer.send(text({ kind: 'pin', verdict: 'none-set' }));
    return {
      receive: (data) => {
        const frame = parseConsoleFrame(data);
        if (!frame) return;
        if (!connection.bucket.take()) return this.#dropped(connection, 'limited');
        if (frame.kind === 'unlock') {
          const verdict = this.#hasPin ? this.#pins.check(frame.pin) : 'none-set';
          connection.unlocked = verdict === 'open';
          peer.send(text({ kind: 'pin', verdict }));
          if (connection.unlocked) this.#show?.requestStatus();
          return;
        }
        if (!connection.unlocked) return this.#dropped(connection, 'locked');
        if (!this.#show) return this.#dropped(connection, 'no-show');
        if (frame.kind === 'status') this.#show.requestStatus();
        else {
          this.#show.staff(frame.action);
          peer.send(text({ kind: 'done', action: frame.action }));
          // What the action changed, for every console watching.
          this.#show.requestStatus();
        }
      },
      detach: () => this.#consoles.delete(connection),
    };
  }

  /** A new pairing, or the show stopping: every phone and console is told why and let go. */
  closeAll(code: number = CLOSE_CODES.notPaired, reason = 'not-paired'): void {
    for (const connection of [...this.#phones, ...this.#consoles]) connection.peer.close(code, reason);
    this.#phones.clear();
    this.#consoles.clear();
  }

  #connect(set: Set<Connection>, peer: Peer, session: string, burst: number, perSecond: number): Connection {
    // One live connection per pairing: a reload, or the socket that replaces a dead one after a Wi-Fi drop.
    for (const other of set) {
      if (other.session !== session) continue;
      other.peer.close(CLOSE_CODES.replaced, 'replaced');
      set.delete(other);
    }
    const connection: Connection = { peer, bucket: new TokenBucket(burst, perSecond, this.#now), session, unlocked: false, toldAt: -Infinity };
    set.add(connection);
    peer.send(text({ kind: 'tick', tick: this.#tick }));
    return connection;
  }

  #dropped(connection: Connection, reason: 'limited' | 'stale' | 'no-show' | 'locked'): void {
    const now = this.#now();
    if (reason === 'limited' && now - connection.toldAt < 1000) return;
    connection.toldAt = now;
    connection.peer.send(text({ kind: 'dropped', reason }));
  }

  #toAll(connections: Iterable<Connection>, frame: RelayFrame): void {
    const message = text(frame);
    for (const connection of connections) connection.peer.send(message);
  }
}

function text(frame: RelayFrame): string {
  return JSON.stringify(frame);
}
