import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_CODES } from '../../shared/remote-protocol';
import { QUIET_MS, RelaySocket, RETRY_MS, type RelayConnection } from './relay-socket';

/** A WebSocket as the relay socket uses one: what it sent, and the relay's side to play. */
class FakeSocket {
  readyState = 0;
  sent: string[] = [];
  closed = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {}
  send(text: string) {
    this.sent.push(text);
  }
  close() {
    this.closed = true;
  }
  /** The relay answers: the socket is open and hears a tick. */
  tick(tick: number) {
    this.readyState = 1;
    this.onmessage?.({ data: JSON.stringify({ kind: 'tick', tick }) });
  }
  /** The connection ends, as the browser reports it. */
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
}

let sockets: FakeSocket[];
let states: RelayConnection[];
let target: EventTarget & { document: { visibilityState: DocumentVisibilityState } };

function relaySocket(): RelaySocket {
  const socket = new RelaySocket({
    path: '/relay/phone',
    onFrame: () => {},
    onConnection: (connection) => states.push(connection),
    location: { protocol: 'http:', host: '192.168.1.20:4321' },
    createSocket: (url) => {
      const fake = new FakeSocket(url);
      sockets.push(fake);
      return fake as unknown as WebSocket;
    },
    target: target as never,
  });
  socket.start();
  return socket;
}

const last = () => sockets[sockets.length - 1]!;
const command = { kind: 'sync', message: { kind: 'command' } };

beforeEach(() => {
  vi.useFakeTimers();
  sockets = [];
  states = [];
  target = Object.assign(new EventTarget(), { document: { visibilityState: 'visible' as DocumentVisibilityState } });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the phone’s socket to the relay', () => {
  it('connects to the page’s own server, and is connected once the relay’s tick is heard', () => {
    const socket = relaySocket();
    expect(last().url).toBe('ws://192.168.1.20:4321/relay/phone');
    expect(socket.connection).toBe('connecting');
    expect(socket.send(command, true)).toBe(false);
    last().tick(7);
    expect(socket.connection).toBe('connected');
    expect(socket.send(command, true)).toBe(true);
    expect(JSON.parse(last().sent[0]!)).toEqual({ ...command, tick: 7 });
    socket.stop();
  });

  it('after a drop tries again by itself, at once and then waiting longer, up to its longest wait', () => {
    const socket = relaySocket();
    last().tick(1);
    const waits: number[] = [];
    for (let drop = 0; drop < RETRY_MS.length + 2; drop++) {
      const before = sockets.length;
      last().drop();
      expect(socket.connection).toBe('offline');
      let waited = 0;
      vi.advanceTimersByTime(0);
      while (sockets.length === before) {
        vi.advanceTimersByTime(50);
        waited += 50;
        expect(waited, 'a new try comes').toBeLessThanOrEqual(10_000);
      }
      waits.push(waited);
    }
    // Each try as soon as its wait is over (timers move by 50 ms here): at once, then longer, then no longer.
    expect(waits).toEqual([0, 500, 1000, 2000, 4000, 4000, 4000]);
    expect(waits.slice(0, RETRY_MS.length)).toEqual(RETRY_MS);
    // Connected again: the next drop tries at once.
    last().tick(2);
    expect(socket.connection).toBe('connected');
    const before = sockets.length;
    last().drop();
    vi.advanceTimersByTime(0);
    expect(sockets.length).toBe(before + 1);
    socket.stop();
  });

  it('never replays a command pressed while disconnected: it is refused there and then, and the new socket never sends it', () => {
    const socket = relaySocket();
    last().tick(1);
    const first = last();
    first.drop();
    expect(socket.send(command, true)).toBe(false);
    vi.advanceTimersByTime(0);
    // A new socket, not yet open, and then open: still nothing pressed before goes out.
    expect(socket.send(command, true)).toBe(false);
    last().tick(5);
    expect(last()).not.toBe(first);
    expect(last().sent).toEqual([]);
    expect(first.sent).toEqual([]);
    expect(socket.send({ kind: 'sync', message: { kind: 'command', n: 2 } }, true)).toBe(true);
    expect(last().sent.map((text) => JSON.parse(text))).toEqual([{ kind: 'sync', message: { kind: 'command', n: 2 }, tick: 5 }]);
    socket.stop();
  });

  it('counts a silent connection as dropped (a Wi-Fi drop often leaves it looking open) and tries again', () => {
    const socket = relaySocket();
    last().tick(1);
    const quiet = last();
    vi.advanceTimersByTime(QUIET_MS - 10);
    expect(socket.connection).toBe('connected');
    vi.advanceTimersByTime(20);
    expect(socket.connection).toBe('offline');
    expect(quiet.closed).toBe(true);
    expect(socket.send(command, true)).toBe(false);
    vi.advanceTimersByTime(0);
    expect(last()).not.toBe(quiet);
    // What the dead socket says later is not heard.
    quiet.tick(9);
    expect(socket.tick).toBeNull();
    socket.stop();
  });

  it.each([
    ['refused', CLOSE_CODES.notPaired],
    ['replaced', CLOSE_CODES.replaced],
  ] as const)('stops for good when %s (close code %i): trying again cannot help', (connection, code) => {
    const socket = relaySocket();
    last().tick(1);
    last().drop(code);
    expect(socket.connection).toBe(connection);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
    // Nor does the network coming back.
    target.dispatchEvent(new Event('online'));
    expect(sockets).toHaveLength(1);
    expect(socket.send(command, true)).toBe(false);
    socket.stop();
  });

  it('tries at once when the network or the page comes back, not after its wait', () => {
    const socket = relaySocket();
    last().tick(1);
    for (let drop = 0; drop < 4; drop++) {
      last().drop();
      vi.advanceTimersByTime(RETRY_MS[drop]!);
    }
    last().drop();
    const before = sockets.length;
    target.dispatchEvent(new Event('online'));
    expect(sockets.length).toBe(before + 1);
    // Hidden, the page waits for its turn.
    last().drop();
    target.document.visibilityState = 'hidden';
    target.dispatchEvent(new Event('visibilitychange'));
    expect(sockets.length).toBe(before + 1);
    socket.stop();
  });

  it('stopped, it lets the socket go and never tries again', () => {
    const socket = relaySocket();
    last().tick(1);
    socket.stop();
    expect(last().closed).toBe(true);
    vi.advanceTimersByTime(60_000);
    target.dispatchEvent(new Event('online'));
    expect(sockets).toHaveLength(1);
  });
});
