import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from '../shared/app-origin';
import { APP_SCHEME_PRIVILEGES, resolveAppRequest, responseHeaders } from './app-protocol';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** Serves the built renderer from `root`; anything outside it is refused. */
export function setupAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = resolveAppRequest(root, request.url);
    if (!path) return new Response('Forbidden', { status: 403 });
    try {
      return new Response(await readFile(path), { status: 200, headers: responseHeaders(path) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
