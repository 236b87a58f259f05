import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { allowedHostnames, hostAllowed, isLoopback, mayFetchDeck, mayReadPairing, originAllowed, sessionFromCookie, startRemoteServer, type RemoteServer } from './remote-server';

const root = mkdtempSync(join(tmpdir(), 'remote-root-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>deck</title>');
writeFileSync(join(tmpdir(), 'outside.txt'), 'secret');

let server: RemoteServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(purpose: 'remote' | 'kiosk' = 'remote') {
  server = await startRemoteServer({ root, hosts: ['127.0.0.1'], purpose, pin: '2468' });
  return server;
}

/** A socket as a page of the server opens it; resolves with its first frame, or its close code. */
function socket(url: string, headers: Record<string, string> = {}): Promise<{ ws: WebSocket; first: unknown } | { closed: number }> {
  const origin = new URL(url).origin.replace('ws:', 'http:');
  const ws = new WebSocket(url, { headers: { Origin: origin, ...headers } });
  return new Promise((resolve, reject) => {
    ws.once('message', (data) => resolve({ ws, first: JSON.parse(String(data)) }));
    ws.once('close', (code) => resolve({ closed: code }));
    ws.once('unexpected-response', (_request, response) => resolve({ closed: response.statusCode ?? 0 }));
    ws.once('error', reject);
  });
}

async function pairedCookie(s: RemoteServer): Promise<string> {
  const response = await fetch(s.pair().url, { redirect: 'manual' });
  expect(response.status).toBe(303);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

describe('the remote server’s rules', () => {
  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true);
    expect(['192.168.1.2', '::ffff:192.168.1.2', undefined].some(isLoopback)).toBe(false);
  });

  it('answers only to its own addresses, never to a name pointed at it', () => {
    const names = allowedHostnames(['192.168.1.20', '127.0.0.1']);
    expect(hostAllowed('192.168.1.20:4321', names)).toBe(true);
    expect(hostAllowed('localhost:4321', names)).toBe(true);
    expect(hostAllowed('evil.example:4321', names)).toBe(false);
    expect(hostAllowed(undefined, names)).toBe(false);
  });

  it('takes sockets only from its own pages', () => {
    expect(originAllowed('http://192.168.1.20:4321', '192.168.1.20:4321')).toBe(true);
    expect(originAllowed('http://evil.example', '192.168.1.20:4321')).toBe(false);
    expect(originAllowed(undefined, '192.168.1.20:4321')).toBe(false);
  });

  it('gives the deck (and so its notes) to this machine or a paired device only', () => {
    expect(mayFetchDeck('192.168.1.30', false)).toBe(false);
    expect(mayFetchDeck('192.168.1.30', true)).toBe(true);
    expect(mayFetchDeck('127.0.0.1', false)).toBe(true);
    expect(mayFetchDeck(undefined, false)).toBe(false);
  });

  it('shows the waiting code only to this machine’s own show pages: loopback, with the show’s key', () => {
    expect(mayReadPairing('127.0.0.1', 'key-1', 'key-1')).toBe(true);
    expect(mayReadPairing('192.168.1.30', 'key-1', 'key-1')).toBe(false);
    expect(mayReadPairing('127.0.0.1', 'key-2', 'key-1')).toBe(false);
    expect(mayReadPairing('127.0.0.1', null, 'key-1')).toBe(false);
  });

  it('reads its cookie among others', () => {
    expect(sessionFromCookie('a=1; deck-remote=abc; b=2')).toBe('abc');
    expect(sessionFromCookie(undefined)).toBeUndefined();
  });
});

describe('the remote server', () => {
  it('serves the deck’s files with its security headers, and nothing outside them', async () => {
    const s = await start();
    const page = await fetch(`${s.origins[0]}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    for (const path of ['/../outside.txt', '/%2e%2e/outside.txt', '/..%2foutside.txt']) expect((await fetch(`${s.origins[0]}${path}`)).status).not.toBe(200);
    expect((await fetch(`${s.origins[0]}/`, { method: 'POST' })).status).toBe(405);
  });

  it('pairs once: the token gives a session cookie and the remote page, and is spent', async () => {
    const s = await start();
    const { url } = s.pair();
    const first = await fetch(url, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/index.html?view=remote');
    expect(first.headers.get('set-cookie')).toMatch(/^deck-remote=[A-Za-z0-9_-]{24}; HttpOnly; SameSite=Strict; Path=\/$/);
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(403);
  });

  it('refuses a wrong token, and after ten tries from one address refuses even to look', async () => {
    const s = await start();
    const { url } = s.pair();
    const wrong = url.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    const statuses = [];
    for (let index = 0; index < 11; index++) statuses.push((await fetch(wrong, { redirect: 'manual' })).status);
    expect(statuses.slice(0, 10).every((status) => status === 403)).toBe(true);
    expect(statuses[10]).toBe(429);
    // The right token now waits too: guessing cannot be hurried.
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(429);
  });

  it('relays between a paired phone and the show, and refuses an unpaired or revoked one', async () => {
    const s = await start();
    const cookie = await pairedCookie(s);
    const ws = s.origins[0]!.replace('http:', 'ws:');
    expect(await socket(`${ws}/relay/phone`)).toEqual({ closed: 4401 });
    expect(await socket(`${ws}/relay/phone`, { Cookie: 'deck-remote=guessed' })).toEqual({ closed: 4401 });
    expect(await socket(`${ws}/relay/show?key=wrong`)).toEqual({ closed: 4401 });
    expect(await socket(`${ws}/relay/phone`, { Cookie: cookie, Origin: 'http://evil.example' })).toEqual({ closed: 403 });

    const show = await socket(`${ws}/relay/show?key=${s.showKey}`);
    const phone = await socket(`${ws}/relay/phone`, { Cookie: cookie });
    if (!('ws' in show) || !('ws' in phone)) throw new Error('not connected');
    const heard = new Promise((resolve) => show.ws.on('message', (data) => {
      const frame = JSON.parse(String(data));
      if (frame.kind === 'sync') resolve(frame.message);
    }));
    const command = { kind: 'command', sender: 'phone', role: 'presenter', seq: 0, command: { type: 'next' } };
    phone.ws.send(JSON.stringify({ kind: 'sync', tick: s.relay.tick, message: command }));
    expect(await heard).toEqual(command);

    const closed = new Promise((resolve) => phone.ws.once('close', (code, reason) => resolve([code, String(reason)])));
    s.pair();
    expect(await closed).toEqual([4401, 'revoked']);
    expect(await socket(`${ws}/relay/phone`, { Cookie: cookie })).toEqual({ closed: 4401 });
    show.ws.close();
  });

  it('opens the console, not the remote, at a kiosk', async () => {
    const s = await start('kiosk');
    const response = await fetch(s.pair().url, { redirect: 'manual' });
    expect(response.headers.get('location')).toBe('/index.html?view=console');
    const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
    const ws = s.origins[0]!.replace('http:', 'ws:');
    expect(await socket(`${ws}/relay/phone`, { Cookie: cookie })).toEqual({ closed: 4401 });
    const console = await socket(`${ws}/relay/console`, { Cookie: cookie });
    expect(console).toMatchObject({ first: { kind: 'tick' } });
    if ('ws' in console) console.ws.close();
  });

  it('gives the show’s page its key on loopback', async () => {
    const s = await start();
    expect(s.showUrl({ kiosk: true })).toBe(`${s.origins[0]}/index.html?relay=${s.showKey}&kiosk`);
  });

  it('tells the show’s pages the code while it waits, for the window asked, and nothing once a phone has paired', async () => {
    server = await startRemoteServer({ root, hosts: ['127.0.0.1'], purpose: 'remote', codePlace: 'audience' });
    const s = server;
    const waiting = () => fetch(`${s.origins[0]}/relay/pairing?key=${s.showKey}`).then(async (response) => ({ status: response.status, body: await response.json() }));
    expect(await waiting()).toEqual({ status: 200, body: { pairing: null } });
    const { url, expiresAt } = s.pair();
    expect(await waiting()).toEqual({ status: 200, body: { pairing: { url, place: 'audience', expiresAt } } });
    expect((await fetch(`${s.origins[0]}/relay/pairing?key=wrong`)).status).toBe(403);
    expect((await fetch(`${s.origins[0]}/relay/pairing`)).status).toBe(403);
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(303);
    expect(await waiting()).toEqual({ status: 200, body: { pairing: null } });
    const again = s.pair();
    expect((await waiting()).body.pairing.url).toBe(again.url);
  });
});
