import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../shared/csp';
import { contentTypeFor } from '../node/served-files';
import { resolveAppRequest, responseHeaders } from './app-protocol';

const root = '/opt/app/dist/renderer';

describe('app:// requests', () => {
  it('serves index.html for the root and files below the renderer folder', () => {
    expect(resolveAppRequest(root, 'app://deck/')).toBe(join(root, 'index.html'));
    expect(resolveAppRequest(root, 'app://deck/index.html?view=print#/the-scar/1')).toBe(join(root, 'index.html'));
    expect(resolveAppRequest(root, 'app://deck/assets/index-abc.js')).toBe(join(root, 'assets/index-abc.js'));
  });

  it.each([
    'app://deck/../../../etc/passwd',
    'app://deck/%2e%2e/%2e%2e/etc/passwd',
    'app://deck/assets/..%2f..%2f..%2fmain%2fmain.cjs',
    'app://deck/..%5c..%5cwindows',
    'app://deck/%00index.html',
    'app://deck/%E0%A4%A',
    'app://elsewhere/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    const resolved = resolveAppRequest(root, url);
    if (resolved !== null) expect(resolved.startsWith(`${root}/`)).toBe(true);
    else expect(resolved).toBeNull();
  });

  it('refuses encoded traversal outright, and keeps dot segments folded by URL parsing inside the root', () => {
    expect(resolveAppRequest(root, 'app://deck/assets/..%2f..%2f..%2fmain%2fmain.cjs')).toBeNull();
    expect(resolveAppRequest(root, 'app://deck/..%5c..%5cwindows')).toBeNull();
    expect(resolveAppRequest(root, 'app://deck/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc/passwd'));
  });

  it('sends the CSP and the right content type with every file', () => {
    expect(responseHeaders('/x/index.html')).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    });
    expect(contentTypeFor('a/b.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/b.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/b.exe')).toBe('application/octet-stream');
  });

  it('has a policy that allows only the app itself', () => {
    expect(contentSecurityPolicy).toContain("default-src 'self'");
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/script-src[^;]*unsafe/);
    expect(contentSecurityPolicy).toContain("object-src 'none'");
  });
});
