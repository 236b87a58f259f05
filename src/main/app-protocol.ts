/**
 * The app:// protocol: the renderer is loaded from app://deck/…, never file://, so it
 * has a real origin, a CSP sent as a header, and no reach beyond the app's own files.
 */
import { contentSecurityPolicy } from '../shared/csp';
import { APP_HOST, APP_SCHEME } from '../shared/app-origin';
import { contentTypeFor, fileInRoot } from '../node/served-files';


/** The scheme's privileges: standard (relative URLs resolve), secure (like https), fetch allowed. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/**
 * Maps a request URL to a file inside `root`, or null when the request is not for the
 * app's host or would leave `root` (path traversal, encoded or not).
 */
export function resolveAppRequest(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  return fileInRoot(root, url.pathname);
}

/** Headers every app:// response carries. */
export function responseHeaders(path: string): Record<string, string> {
  return {
    'Content-Type': contentTypeFor(path),
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
  };
}
