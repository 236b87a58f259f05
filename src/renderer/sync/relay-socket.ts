/**
 * A page's socket to the phone remote's relay (src/remote), kept open by itself: after a drop
 * it tries again (at once, then waiting longer, up to a few seconds; at once when the network
 * or the page comes back), and it says at every moment whether it is connected. It never
 * queues: what is sent while not connected is refused there and then (`send` returns false),
 * so nothing pressed during a Wi-Fi drop is played late. A connection that has gone quiet
 * (no tick from the relay for three ticks: a dropped Wi-Fi often leaves the socket looking
 * open) counts as dropped, and the frames sent carry the last tick heard, so the relay can
 * refuse one that sat in a dead connection's buffer.
 */
import { CLOSE_CODES, parseRelayFrame, TICK_MS, type RelayFrame } from '../../shared/remote-protocol';

export type RelayConnection = 'connecting' | 'connected' | 'offline' | 'refused' | 'replaced';

/** WebSocket.OPEN, named here so the module loads where no WebSocket is defined (the unit tests' Node). */
const OPEN = 1;
/** Waits before each new try after a drop. */
export const RETRY_MS = [0, 500, 1000, 2000, 4000];
/** Silence that counts as a drop. */
export const QUIET_MS = 3 * TICK_MS + 500;

export interface RelaySocketOptions {
  /** The relay's path on this page's server: /relay/phone, /relay/console, /relay/show?key=… */
  path: string;
  onFrame(frame: RelayFrame): void;
  onConnection(connection: RelayConnection): void;
  /** The page's location and its WebSocket (stand-ins in tests). */
  location?: Pick<Location, 'protocol' | 'host'>;
  createSocket?: (url: string) => WebSocket;
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document?: Pick<Document, 'visibilityState'> };
}

export class RelaySocket {
  #socket: WebSocket | null = null;
  #connection: RelayConnection = 'connecting';
  #tick: number | null = null;
  #tries = 0;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #quiet: ReturnType<typeof setTimeout> | undefined;
  #stopped = false;
  readonly #url: string;
  readonly #options: RelaySocketOptions;
  readonly #comeBack = () => {
    if (this.#connection !== 'offline' || this.#options.target?.document?.visibilityState === 'hidden') return;
    this.#tries = 0;
    clearTimeout(this.#retry);
    this.#open();
  };

  constructor(options: RelaySocketOptions) {
    this.#options = options;
    const where = options.location ?? location;
    this.#url = `${where.protocol === 'https:' ? 'wss' : 'ws'}://${where.host}${options.path}`;
  }

  get connection(): RelayConnection {
    return this.#connection;
  }

  /** The relay's tick as last heard, or null while not connected. */
  get tick(): number | null {
    return this.#tick;
  }

  start(): void {
    const target = this.#options.target ?? window;
    target.addEventListener('online', this.#comeBack);
    target.addEventListener('visibilitychange', this.#comeBack);
    target.addEventListener('pageshow', this.#comeBack);
    this.#open();
  }

  stop(): void {
    this.#stopped = true;
    const target = this.#options.target ?? window;
    target.removeEventListener('online', this.#comeBack);
    target.removeEventListener('visibilitychange', this.#comeBack);
    target.removeEventListener('pageshow', this.#comeBack);
    clearTimeout(this.#retry);
    clearTimeout(this.#quiet);
    this.#drop();
  }

  /**
   * Sends now or never: false when not connected (or no tick heard yet). `stamp` adds the
   * last tick heard, for frames the relay judges by their freshness (a phone's commands).
   */
  send(frame: Record<string, unknown>, stamp = false): boolean {
    const socket = this.#socket;
    if (this.#connection !== 'connected' || !socket || socket.readyState !== OPEN || this.#tick === null) return false;
    socket.send(JSON.stringify(stamp ? { ...frame, tick: this.#tick } : frame));
    return true;
  }

  #open(): void {
    if (this.#stopped) return;
    this.#drop();
    this.#set(this.#tries === 0 ? 'connecting' : 'offline');
    const socket = (this.#options.createSocket ?? ((url) => new WebSocket(url)))(this.#url);
    this.#socket = socket;
    socket.onmessage = (event) => {
      if (this.#socket !== socket) return;
      const frame = parseRelayFrame(event.data);
      if (!frame) return;
      this.#heard();
      if (frame.kind === 'tick') {
        this.#tick = frame.tick;
        this.#tries = 0;
        this.#set('connected');
      }
      this.#options.onFrame(frame);
    };
    socket.onclose = (event) => {
      if (this.#socket !== socket) return;
      this.#socket = null;
      this.#tick = null;
      clearTimeout(this.#quiet);
      // Refused for good: trying again cannot help until the phone is paired again.
      if (event.code === CLOSE_CODES.notPaired) return this.#set('refused');
      if (event.code === CLOSE_CODES.replaced) return this.#set('replaced');
      this.#later();
    };
    this.#heard();
  }

  /** Heard from the relay (or just opened): the silence that means a drop starts again. */
  #heard(): void {
    clearTimeout(this.#quiet);
    this.#quiet = setTimeout(() => {
      this.#drop();
      this.#later();
    }, QUIET_MS);
  }

  #later(): void {
    if (this.#stopped) return;
    this.#set('offline');
    const wait = RETRY_MS[Math.min(this.#tries, RETRY_MS.length - 1)]!;
    this.#tries++;
    clearTimeout(this.#retry);
    this.#retry = setTimeout(() => this.#open(), wait);
  }

  /** Lets the current socket go without hearing from it again. */
  #drop(): void {
    const socket = this.#socket;
    this.#socket = null;
    this.#tick = null;
    if (!socket) return;
    socket.onmessage = null;
    socket.onclose = null;
    socket.onerror = null;
    try {
      socket.close();
    } catch {
      // Already closing: nothing to do.
    }
  }

  #set(connection: RelayConnection): void {
    if (connection === this.#connection && connection !== 'connecting') return;
    this.#connection = connection;
    this.#options.onConnection(connection);
  }
}
