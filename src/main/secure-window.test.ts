/**
 * Every window the app makes, against a stand-in Electron: the web preferences that reach
 * BrowserWindow are the checklist's (items 2, 3, 4, 6, 8, 9, 10, 11, 12).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const made: Record<string, unknown>[] = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: Record<string, unknown>) {
      made.push(options);
    }
  },
}));

const { createSecureWindow } = await import('./secure-window');

describe('every window', () => {
  it('is isolated, sandboxed, without Node, with web security, no webview, no extra features', () => {
    createSecureWindow({ width: 800, height: 600, title: 'Audience', preload: '/app/preload.cjs', devTools: false });
    const options = made.at(-1)!;
    expect(options).toMatchObject({ width: 800, height: 600, title: 'Audience' });
    expect(options.webPreferences).toEqual({
      preload: '/app/preload.cjs',
      devTools: false,
      backgroundThrottling: true,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    });
    // enableBlinkFeatures is not set at all.
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('cannot have its preferences loosened by the caller', () => {
    const loosened = { preload: '/p.cjs', devTools: true, webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } };
    createSecureWindow(loosened as unknown as Parameters<typeof createSecureWindow>[0]);
    expect(made.at(-1)!.webPreferences).toMatchObject({ nodeIntegration: false, contextIsolation: true, sandbox: true, devTools: true });
  });

  it('keeps a kiosk page’s timers at full speed when asked', () => {
    createSecureWindow({ preload: '/p.cjs', devTools: false, backgroundThrottling: false, kiosk: true });
    expect(made.at(-1)!.webPreferences).toMatchObject({ backgroundThrottling: false, sandbox: true });
  });

  it('is the only way main makes a window: no other module constructs a BrowserWindow', () => {
    const dir = import.meta.dirname;
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    const constructing = sources.filter((file) => /new\s+BrowserWindow\s*\(/.test(readFileSync(join(dir, file), 'utf8')));
    expect(constructing).toEqual(['secure-window.ts']);
    expect(readFileSync(join(dir, '../preload/index.ts'), 'utf8')).not.toMatch(/BrowserWindow/);
  });
});
