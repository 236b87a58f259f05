import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from './static-server.ts';

let dir: string;
let server: StaticServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<p>deck</p>');
  writeFileSync(join(dir, 'renderer', 'assets', 'app.js'), 'export {};');
  writeFileSync(join(dir, 'secret.txt'), 'outside the root');
  server = await serveFolder(join(dir, 'renderer'), { 'Cross-Origin-Opener-Policy': 'same-origin' });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw GET, so the path reaches the server as written (fetch would fold dot segments first). */
function get(path: string): Promise<{ status: number; type: string | undefined; coop: string | undefined; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const sent = request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'], coop: response.headers['cross-origin-opener-policy'] as string | undefined, body }),
      );
    });
    sent.on('error', reject);
    sent.end();
  });
}

describe('the loopback server of the built renderer', () => {
  it('serves index.html for the root and files below it, typed, with the headers asked for', async () => {
    expect(await get('/?view=print&steps')).toEqual({ status: 200, type: 'text/html; charset=utf-8', coop: 'same-origin', body: '<p>deck</p>' });
    expect(await get('/assets/app.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8', body: 'export {};' });
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it.each(['/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00index.html', '/%E0%A4%A'])('refuses %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(403);
    expect(response.body).not.toContain('outside the root');
  });

  it('keeps literal dot segments inside the root, as the app:// handler does', async () => {
    const response = await get('/../secret.txt');
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('outside the root');
  });
});
