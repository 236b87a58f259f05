/**
 * The installers' configuration (electron.config.ts, for electron-builder): the targets,
 * what is packed, the fuses (checklist 19), the icon, an offline Electron honoured; and the
 * Electron the app is built on, pinned and current (checklist 16).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

async function loadConfig() {
  vi.resetModules();
  return (await import('../../electron.config.ts')).default;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A PNG's width and height, from its header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('packaging', () => {
  it('names the app', async () => {
    const config = await loadConfig();
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { productName: string };
    expect(config.appId).toBe('org.forced-repatriation-deck.app');
    expect(config.productName).toBe('Forced Repatriation');
    expect(config.productName).toBe(pkg.productName);
  });

  it('builds an AppImage and a deb for Linux, an NSIS installer for Windows and a dmg for macOS', async () => {
    const config = await loadConfig();
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.maintainer).toBeTruthy();
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('packs only the built output and package.json, in an asar', async () => {
    const config = await loadConfig();
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['dist/main/**/*', 'dist/preload/**/*', 'dist/renderer/**/*', 'package.json', '!**/*.map']);
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { main: string; dependencies?: object };
    // What starts the app is inside what is packed, and there are no runtime node_modules to pack.
    expect(pkg.main).toMatch(/^dist\/main\//);
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('sets every fuse: no Node mode, no NODE_OPTIONS or inspector, app only from its checked asar, no extra file:// privileges, cookies encrypted', async () => {
    const config = await loadConfig();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('uses the app’s own icon on every system: a 1024x1024 PNG made from its SVG', async () => {
    const config = await loadConfig();
    const icons = [config.linux?.icon, config.win?.icon, config.mac?.icon];
    expect(new Set(icons)).toEqual(new Set(['assets/icon.png']));
    expect(pngSize(resolve(root, 'assets/icon.png'))).toEqual({ width: 1024, height: 1024 });
    const svg = readFileSync(resolve(root, 'assets/icon.svg'), 'utf8');
    expect(svg).toContain('viewBox="0 0 1024 1024"');
    expect(svg).toContain('#0f1012');
    expect(svg).toContain('#d98a6c');
  });

  it('takes Electron from ELECTRON_OVERRIDE_DIST_PATH when set, for machines that cannot download it', async () => {
    vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', '/opt/electron-v45');
    expect((await loadConfig()).electronDist).toBe('/opt/electron-v45');
    vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', '');
    expect((await loadConfig()).electronDist).toBeUndefined();
  });

  it('builds on Electron pinned to one exact version, the one installed, of a supported major (45 or later)', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const pinned = pkg.devDependencies.electron!;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = JSON.parse(readFileSync(resolve(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(pinned);
    expect(Number(pinned.split('.')[0])).toBeGreaterThanOrEqual(45);
    expect(existsSync(resolve(root, 'node_modules/electron/electron.d.ts'))).toBe(true);
  });
});

describe('the Linux packages at run time', () => {
  it('start the app through XWayland from their desktop entries (deb and AppImage), so it can place its two windows', async () => {
    const config = await loadConfig();
    const { X11_SWITCH } = await import('./display-server');
    expect(config.linux?.executableArgs).toEqual([X11_SWITCH]);
    // The deb and AppImage targets take the Linux options unless they name their own.
    expect(config.deb?.executableArgs ?? config.linux?.executableArgs).toEqual([X11_SWITCH]);
    expect(config.appImage?.executableArgs ?? config.linux?.executableArgs).toEqual([X11_SWITCH]);
  });

  it('install what Chromium’s sandbox needs with the deb: electron-builder’s own AppArmor profile, allowing user namespaces', async () => {
    const config = await loadConfig();
    // Ours would replace the one that sets up the sandbox.
    expect(config.deb?.afterInstall ?? null).toBeNull();
    expect(config.deb?.appArmorProfile ?? null).toBeNull();
    const templates = resolve(root, 'node_modules/app-builder-lib/templates/linux');
    const afterInstall = readFileSync(resolve(templates, 'after-install.tpl'), 'utf8');
    expect(afterInstall).toContain("APPARMOR_PROFILE_TARGET='/etc/apparmor.d/${executable}'");
    expect(afterInstall).toContain('apparmor_parser --replace');
    expect(afterInstall).toContain("chmod 4755 '/opt/${sanitizedProductName}/chrome-sandbox'");
    const profile = readFileSync(resolve(templates, 'apparmor-profile.tpl'), 'utf8');
    expect(profile).toMatch(/profile "\$\{executable\}" "\/opt\/\$\{sanitizedProductName\}\/\$\{executable\}" flags=\(unconfined\) \{\s+userns,/);
  });
});
