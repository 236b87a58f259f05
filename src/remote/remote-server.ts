/**
 * The phone remote's server (docs/security.md, "The phone remote"): serves the built deck's
 * files, and nothing else, and carries relay.ts over WebSockets. It listens only on the
 * addresses it is given (the LAN address, and loopback for the show and the tests), only
 * while the remote is on.
 *
 * Who gets what:
 * - the machine itself (loopback): the deck's files; the show's socket with the show key; with
 *   that key too, the code waiting for its phone (GET /relay/pairing), for the presenter window
 *   (or the audience screen, when asked) to draw;
 * - a phone or any other device: the pairing URL `/p/<token>`, which spends the token and
 *   sets a session cookie (HttpOnly, SameSite=Strict); with that cookie, the deck's files and
 *   the phone's (or, at a kiosk, the console's) socket. Without it, nothing: not the deck,
 *   whose script carries the notes, nor a socket.
 * Every request must name this server by one of its addresses (a DNS-rebound name is refused),
 * and every socket must come from a page of this server (its Origin).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { contentSecurityPolicy } from '../shared/csp.ts';
import { pageUrl, type PageQuery } from '../shared/page-query.ts';
import { CLOSE_CODES, MAX_FRAME_BYTES, TICK_MS, type CodePlace, type StaffStatus, type WaitingPairing } from '../shared/remote-protocol.ts';
import type { SyncMessage } from '../shared/sync.ts';
import { contentTypeFor, fileInRoot } from '../node/served-files.ts';
import { newSecret, Pairings, secretsEqual } from './pairing.ts';
import { WindowCounter } from './rate-limit.ts';
import { Relay, type ShowEnd } from './relay.ts';

export const SESSION_COOKIE = 'deck-remote';
/** Pairing attempts per address per minute, and from everyone together. */
export const PAIRING_TRIES_PER_ADDRESS = 10;
export const PAIRING_TRIES_IN_ALL = 60;
/** Refused sockets per address per minute before the relay stops even answering. */
export const REFUSALS_PER_ADDRESS = 30;

export type RemotePurpose = 'remote' | 'kiosk';


export interface RemoteServerOptions {
  /** The built renderer (dist/renderer): the only files ever served. */
  root: string;
  /** The addresses to listen on, the one phones reach first (the LAN address); 127.0.0.1 for the show and the tests. */
  hosts: string[];
  /** 0 (the default): any free port. */
  port?: number;
  /** `remote`: a pairing opens the phone remote; `kiosk`: the staff console (which also asks for the PIN). */
  purpose: RemotePurpose;
  /** The kiosk's PIN; without one the console lets nobody in. */
  pin?: string | null;
  /** The window of the web build whose page shows the waiting code (GET /relay/pairing): the speaker's, unless they asked for the room's screen. */
  codePlace?: CodePlace;
  now?: () => number;
}

export interface ShowBridge {
  /** The show's state, for the phones. */
  state(message: SyncMessage): void;
  /** The kiosk's status, for unlocked consoles. */
  status(status: StaffStatus): void;
  detach(): void;
}

export interface RemoteServer {
  readonly port: number;
  /** `http://<address>:<port>` for each address listened on, in the order given. */
  readonly origins: string[];
  /** The key the show's page gives to connect (the web build's audience page carries it as `relay`). */
  readonly showKey: string;
  /** The show's page on loopback, with the key: where the web build's audience is opened. */
  showUrl(values?: Partial<PageQuery>, hash?: string): string;
  /** A new pairing: its URL (for the QR code), on the first address. Revokes the previous pairing and drops its phone. */
  pair(): { url: string; expiresAt: number };
  /** The app's show, in process (main's bridge to the audience window), instead of a socket. */
  attachShow(show: ShowEnd): ShowBridge;
  readonly relay: Relay;
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && LOOPBACK.test(address);
}

/** The deck's files (whose script carries the notes) go to this machine itself, or to a paired device: to nobody else. */
export function mayFetchDeck(remoteAddress: string | undefined, paired: boolean): boolean {
  return isLoopback(remoteAddress) || paired;
}

/**
 * The waiting code goes only to this machine's own show pages: from loopback, with the show's
 * key (the audience page and the presenter window it opens carry it). A phone, or anything else
 * on the network, never reads it: it would pair before the speaker's phone could.
 */
export function mayReadPairing(remoteAddress: string | undefined, key: string | null, showKey: string): boolean {
  return isLoopback(remoteAddress) && key !== null && secretsEqual(key, showKey);
}

/** The cookie's value from a Cookie header, or undefined. */
export function sessionFromCookie(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return undefined;
}

/** The host names this server answers to: the addresses it listens on, and `localhost` beside loopback. */
export function allowedHostnames(hosts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const host of hosts) {
    names.add(host.includes(':') ? `[${host}]` : host);
    if (isLoopback(host)) names.add('localhost');
  }
  return names;
}

/** True when the Host header names this server (not a name an attacker's DNS points at it). */
export function hostAllowed(hostHeader: string | undefined, allowed: Set<string>): boolean {
  if (!hostHeader) return false;
  try {
    return allowed.has(new URL(`http://${hostHeader}`).hostname);
  } catch {
    return false;
  }
}

/** True when a socket comes from a page this server served: its Origin is this server as the page named it. */
export function originAllowed(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (!origin || !hostHeader) return false;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && url.host === hostHeader;
  } catch {
    return false;
  }
}

const HEADERS = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const REFUSED_PAGE = 'This device is not paired with the show. Scan the code the presenter shows (a code works once, and a newer one replaces it).\n';

export async function startRemoteServer(options: RemoteServerOptions): Promise<RemoteServer> {
  const now = options.now ?? Date.now;
  const pairings = new Pairings(now);
  const relay = new Relay({ pin: options.purpose === 'kiosk' ? (options.pin ?? null) : null, now });
  const showKey = newSecret();
  const hostnames = allowedHostnames(options.hosts);
  const pairingTries = new WindowCounter(PAIRING_TRIES_PER_ADDRESS, 60_000, now);
  const allPairingTries = new WindowCounter(PAIRING_TRIES_IN_ALL, 60_000, now);
  const refusals = new WindowCounter(REFUSALS_PER_ADDRESS, 60_000, now);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false });
  /** The latest pairing's URL, for the show's own pages to draw while it waits. */
  let current: { url: string; place: CodePlace; expiresAt: number } | null = null;
  const landing = options.purpose === 'kiosk' ? pageUrl('', { view: 'console' }) : pageUrl('', { view: 'remote' });

  const answer = (response: ServerResponse, status: number, body = '', headers: Record<string, string> = {}) => {
    response.writeHead(status, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end(body);
  };

  const onRequest = async (request: IncomingMessage, response: ServerResponse) => {
    if (!hostAllowed(request.headers.host, hostnames)) return answer(response, 421, 'Unknown host.\n');
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(response, 405, '', { Allow: 'GET, HEAD' });
    const path = requestPath(request.url);
    if (path === null) return answer(response, 400);
    const address = request.socket.remoteAddress ?? '?';
    if (path === '/relay/pairing') {
      const key = new URL(request.url ?? '/', 'http://relay').searchParams.get('key');
      if (!mayReadPairing(request.socket.remoteAddress, key, showKey)) return answer(response, 403);
      const waiting: WaitingPairing = { pairing: current && pairings.waiting ? current : null };
      return answer(response, 200, JSON.stringify(waiting), { 'Content-Type': 'application/json; charset=utf-8' });
    }
    const pairing = /^\/p\/([A-Za-z0-9_-]{1,100})$/.exec(path);
    if (pairing) {
      if (!pairingTries.allow(address) || !allPairingTries.allow('*')) return answer(response, 429, 'Too many pairing attempts: wait a minute.\n', { 'Retry-After': '60' });
      const session = pairings.redeem(pairing[1]!);
      if (!session) return answer(response, 403, REFUSED_PAGE);
      return answer(response, 303, '', {
        Location: landing,
        'Set-Cookie': `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }
    if (!mayFetchDeck(address, pairings.isSession(sessionFromCookie(request.headers.cookie)))) return answer(response, 403, REFUSED_PAGE);
    const file = fileInRoot(options.root, path);
    if (!file) return answer(response, 403);
    try {
      const body = await readFile(file);
      response.writeHead(200, { ...HEADERS, 'Content-Type': contentTypeFor(file) }).end(request.method === 'HEAD' ? undefined : body);
    } catch {
      answer(response, 404);
    }
  };

  /** Accepts the socket only to say why it is refused: a browser sees nothing of an HTTP refusal, and the page should. */
  const refuse = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!refusals.allow(request.socket.remoteAddress ?? '?')) {
      socket.end('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => ws.close(CLOSE_CODES.notPaired, 'not-paired'));
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const host = request.headers.host;
    if (!hostAllowed(host, hostnames) || !originAllowed(request.headers.origin, host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://relay');
    const session = sessionFromCookie(request.headers.cookie);
    if (url.pathname === '/relay/show') {
      const key = url.searchParams.get('key') ?? '';
      if (!isLoopback(request.socket.remoteAddress) || !secretsEqual(key, showKey)) return refuse(request, socket, head);
      sockets.handleUpgrade(request, socket, head, (ws) => attachShowSocket(ws));
      return;
    }
    const wanted = url.pathname === '/relay/phone' ? 'remote' : url.pathname === '/relay/console' ? 'kiosk' : null;
    if (wanted === null || wanted !== options.purpose || !session || !pairings.isSession(session)) return refuse(request, socket, head);
    sockets.handleUpgrade(request, socket, head, (ws) => {
      const peer = peerOf(ws);
      const end = wanted === 'remote' ? relay.attachPhone(peer, session) : relay.attachConsole(peer, session);
      ws.on('message', (data, isBinary) => {
        if (!isBinary) end.receive(data.toString());
      });
      ws.on('close', () => end.detach());
      ws.on('error', () => ws.terminate());
    });
  };

  const attachShowSocket = (ws: WebSocket) => {
    const send = (frame: object) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
    };
    const end = relay.attachShow({
      deliver: (message) => send({ kind: 'sync', message }),
      staff: (action) => send({ kind: 'staff', action }),
      requestStatus: () => send({ kind: 'status-request' }),
    });
    send({ kind: 'tick', tick: relay.tick });
    ws.on('message', (data, isBinary) => {
      if (!isBinary) end.receive(data.toString());
    });
    ws.on('close', () => end.detach());
    ws.on('error', () => ws.terminate());
  };

  const servers: Server[] = [];
  let port = options.port ?? 0;
  for (const host of options.hosts) {
    const server = createServer((request, response) => void onRequest(request, response));
    server.on('upgrade', onUpgrade);
    server.on('clientError', (_error, socket) => socket.destroy());
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    port = (server.address() as AddressInfo).port;
    servers.push(server);
  }
  const ticker = setInterval(() => relay.advance(), TICK_MS);
  const origins = options.hosts.map((host) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`);
  const loopback = origins.find((_origin, index) => isLoopback(options.hosts[index])) ?? origins[0]!;

  return {
    port,
    origins,
    showKey,
    relay,
    showUrl: (values = {}, hash = '') => pageUrl(loopback, { ...values, relay: showKey }, hash),
    pair: () => {
      const pairing = pairings.pair();
      relay.closeAll(CLOSE_CODES.notPaired, 'revoked');
      current = { url: `${origins[0]}/p/${pairing.token}`, place: options.codePlace ?? 'presenter', expiresAt: pairing.expiresAt };
      return { url: current.url, expiresAt: pairing.expiresAt };
    },
    attachShow: (show) => relay.attachShow(show),
    close: async () => {
      clearInterval(ticker);
      current = null;
      pairings.revokeAll();
      relay.closeAll(CLOSE_CODES.stopping, 'stopping');
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve());
              server.closeAllConnections();
            }),
        ),
      );
    },
  };
}

function peerOf(ws: WebSocket) {
  return {
    send: (text: string) => {
      if (ws.readyState === ws.OPEN) ws.send(text);
    },
    close: (code: number, reason: string) => ws.close(code, reason),
  };
}

/** The path of a request's target, or null when the target is not a path. */
function requestPath(target = '/'): string | null {
  if (!target.startsWith('/')) return null;
  try {
    return new URL(`http://relay${target}`).pathname;
  } catch {
    return null;
  }
}
