/**
 * The real app: Electron loads the built renderer over app:// and a speaker steps
 * through the talk. Runs wherever an Electron binary exists (after `npm start` has
 * downloaded it once, or with ELECTRON_OVERRIDE_DIST_PATH); elsewhere it is skipped
 * and says why.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import '../../src/shared/host-api.ts';
import { findElectron } from '../../src/cli/electron-binary.ts';
import { deck } from '../deck.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const lookup = findElectron();
const skipReason = `no Electron binary at ${lookup.path}: run \`npm start\` once with network access (it downloads Electron), or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron 45 executable`;

async function launch(...args: string[]): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({ executablePath: lookup.path, args: [projectRoot, ...args], cwd: projectRoot });
  const page = await app.firstWindow();
  await page.waitForSelector('html[data-ready]');
  return { app, page };
}

test.describe('the Electron app', () => {
  test.beforeAll(() => {
    if (!lookup.found) console.log(`Electron specs skipped: ${skipReason}`);
  });

  test('loads the deck over app:// with Node kept out of the page, and steps through every scene', async () => {
    test.skip(!lookup.found, skipReason);
    const { app, page } = await launch();
    try {
      expect(page.url()).toMatch(/^app:\/\/deck\/index\.html/);
      expect(await page.evaluate(() => [typeof (globalThis as { require?: unknown }).require, typeof (globalThis as { process?: unknown }).process])).toEqual(['undefined', 'undefined']);
      expect(await page.evaluate(() => window.deckHost?.platform)).toBe('electron');
      for (const [sceneIndex, scene] of deck.scenes.entries()) {
        for (let step = 0; step < scene.steps.length; step++) {
          if (sceneIndex > 0 || step > 0) await page.keyboard.press('PageDown');
          await expect
            .poll(() => page.evaluate(() => [document.documentElement.dataset.scene, document.documentElement.dataset.step]))
            .toEqual([scene.id, String(step)]);
        }
      }
    } finally {
      await app.close();
    }
  });

  test('opens at the scene named by --scene', async () => {
    test.skip(!lookup.found, skipReason);
    const { app, page } = await launch('--scene', 'the-scar');
    try {
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.scene)).toBe('the-scar');
    } finally {
      await app.close();
    }
  });

  test('S opens the presenter window, and either window drives the show through main', async () => {
    test.skip(!lookup.found, skipReason);
    const { app, page } = await launch('--scene', 'the-blade');
    try {
      const opened = app.waitForEvent('window');
      await page.keyboard.press('s');
      const presenter = await opened;
      await presenter.waitForSelector('[data-presenter]');
      expect(new URL(presenter.url()).searchParams.get('view')).toBe('presenter');
      await expect(presenter.locator('.where h1')).toHaveText('The blade in the sleeve');
      await presenter.keyboard.press('PageDown');
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.step)).toBe('1');
      await page.keyboard.press('PageDown');
      await expect(presenter.locator('.step-count')).toHaveText('Step 3 of 4');
    } finally {
      await app.close();
    }
  });

  test('--export-pdf writes the deck to a PDF and quits', async () => {
    test.skip(!lookup.found, skipReason);
    const out = join(mkdtempSync(join(tmpdir(), 'app-export-')), 'deck.pdf');
    const app = await electron.launch({ executablePath: lookup.path, args: [projectRoot, '--export-pdf', out], cwd: projectRoot });
    await new Promise<void>((resolve) => app.process().once('exit', () => resolve()));
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
