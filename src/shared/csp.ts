/**
 * The renderer's Content-Security-Policy: everything from the app's own origin, nothing
 * inline but style attributes (GSAP and Svelte set element styles), no plugins, no frames.
 * Used as a meta tag in the built page and as a response header by Electron's app:// handler.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
