/**
 * Launching the real app for the Electron specs. Each launch gets a user-data folder of its
 * own (Chromium's --user-data-dir, which Electron honours), so a spec never reads or writes
 * the machine's real window state, logs or kiosk settings, and never meets another run's
 * single-instance lock. Where no Electron binary exists, specs skip and say why.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import '../../src/shared/host-api.ts';
import { findElectron } from '../../src/cli/electron-binary.ts';
import { launcherSwitches } from '../../src/main/display-server.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const lookup = findElectron();
export const skipReason = `no Electron binary at ${lookup.path}: run \`npm start\` once with network access (it downloads Electron), or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron 45 executable`;

export function freshUserData(): string {
  return mkdtempSync(join(tmpdir(), 'deck-user-data-'));
}

/** Starts the app (on the built dist/) with these arguments, without waiting for a window. */
export function startApp(args: string[] = [], userData = freshUserData()): Promise<ElectronApplication> {
  // As npm start launches it: on Linux through XWayland, so a Wayland desktop does not make the app relaunch itself.
  const switches = launcherSwitches(process.platform, args);
  return electron.launch({ executablePath: lookup.path, args: [projectRoot, `--user-data-dir=${userData}`, ...switches, ...args], cwd: projectRoot });
}

/** Starts the app and waits for the audience window's deck to be ready. */
export async function launchApp(args: string[] = [], userData = freshUserData()): Promise<{ app: ElectronApplication; page: Page; userData: string }> {
  const app = await startApp(args, userData);
  const page = await app.firstWindow();
  await page.waitForSelector('html[data-ready]');
  return { app, page, userData };
}

/** Resolves with the app process's exit code once it has ended. */
export function exitOf(app: ElectronApplication): Promise<number | null> {
  const child = app.process();
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
