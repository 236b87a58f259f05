/**
 * Which file of a folder a request asks for, and what type it is: one path guard and one
 * table of content types behind both ways the built renderer is served, Electron's app://
 * handler (main/app-protocol.ts) and the loopback server the PDF export, the bench and the
 * tests print from (export/static-server.ts).
 */
import { extname, join, normalize, sep } from 'node:path';

/**
 * Maps a URL's path (still percent-encoded, dot segments already folded by URL parsing) to a
 * file inside `root`, or null when it would leave `root`, encoded or not. `/` is index.html.
 */
export function fileInRoot(root: string, urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // What is left of ".." after decoding (encoded slashes or backslashes around it) is an attempt to leave the root.
  if (pathname.includes('\0') || pathname.split(/[\\/]/).includes('..')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  const resolved = normalize(join(base, relative));
  return resolved.startsWith(base) ? resolved : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
