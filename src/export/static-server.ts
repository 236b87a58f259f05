/**
 * Serves the built renderer on the loopback interface, for the PDF export to print:
 * the same files Electron loads, on an ephemeral port, nothing outside the folder.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentTypeFor, fileInRoot } from '../node/served-files.ts';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** `headers` go with every file served (the bench asks for cross-origin isolation, for finer clocks). */
export async function serveFolder(root: string, headers: Record<string, string> = {}): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    // The same path guard as Electron's app:// handler; the URL parser folds dot segments first, as there.
    const urlPath = requestPath(request.url);
    const path = urlPath === null ? null : fileInRoot(root, urlPath);
    if (!path) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      response.writeHead(200, { ...headers, 'Content-Type': contentTypeFor(path) }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The path of a request's target ("/index.html?view=print" gives "/index.html"); null when the target is not a path. */
function requestPath(target = '/'): string | null {
  if (!target.startsWith('/')) return null;
  try {
    return new URL(`http://127.0.0.1${target}`).pathname;
  } catch {
    return null;
  }
}
