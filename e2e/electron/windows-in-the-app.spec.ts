/**
 * The app's windows as Electron really handles them (docs/electron-runtime.md): full screen on
 * and off, Swap Displays while the audience is full screen, a renderer killed twice in a row, and
 * the kiosk relaunching itself after repeated crashes. Runs where an Electron binary exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type ElectronApplication } from '@playwright/test';
import { exitOf, freshUserData, launchApp, lookup, skipReason, startApp } from './app.ts';

/** The audience window's full-screen state, read in main. */
function audienceFullScreen(app: ElectronApplication): Promise<boolean> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().find((window) => !window.webContents.getURL().includes('view=presenter'))!.isFullScreen());
}

function kioskLog(userData: string): Record<string, unknown>[] {
  try {
    return readFileSync(join(userData, 'kiosk-log.jsonl'), 'utf8').trimEnd().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  } catch {
    return [];
  }
}

test.describe('the app’s windows', () => {
  test.beforeAll(() => {
    if (!lookup.found) console.log(`Electron specs skipped: ${skipReason}`);
  });

  test('F puts the audience window in full screen and takes it out again', async () => {
    test.skip(!lookup.found, skipReason);
    const { app, page } = await launchApp();
    try {
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((window) => window.isFullScreenable()))).toEqual([true]);
      await page.keyboard.press('f');
      await expect.poll(() => audienceFullScreen(app), { timeout: 5000 }).toBe(true);
      await page.keyboard.press('f');
      await expect.poll(() => audienceFullScreen(app), { timeout: 5000 }).toBe(false);
    } finally {
      await app.close();
    }
  });

  test('Swap Displays moves a full-screen audience where the displays call for it', async () => {
    test.skip(!lookup.found, skipReason);
    const { app, page } = await launchApp();
    try {
      const opened = app.waitForEvent('window');
      await page.keyboard.press('s');
      await (await opened).waitForSelector('[data-presenter]');
      const displays = await app.evaluate(({ screen }) => screen.getAllDisplays().map((display) => display.id));
      if (!(await audienceFullScreen(app))) {
        await page.keyboard.press('f');
        await expect.poll(() => audienceFullScreen(app), { timeout: 5000 }).toBe(true);
      }
      const displayOfAudience = () =>
        app.evaluate(({ BrowserWindow, screen }) => {
          const audience = BrowserWindow.getAllWindows().find((window) => !window.webContents.getURL().includes('view=presenter'))!;
          return screen.getDisplayMatching(audience.getBounds()).id;
        });
      const before = await displayOfAudience();
      await app.evaluate(({ Menu }) => {
        const find = (items: Electron.MenuItem[]): Electron.MenuItem | undefined => {
          for (const item of items) {
            const found = item.label === 'Swap Displays' ? item : find(item.submenu?.items ?? []);
            if (found) return found;
          }
          return undefined;
        };
        find(Menu.getApplicationMenu()!.items)!.click();
      });
      if (displays.length > 1) {
        // Two displays: the audience changes display and is full screen again there.
        await expect.poll(displayOfAudience, { timeout: 8000 }).not.toBe(before);
        await expect.poll(() => audienceFullScreen(app), { timeout: 8000 }).toBe(true);
      } else {
        // One display: both windows side by side, so the audience leaves full screen to make room.
        await expect.poll(() => audienceFullScreen(app), { timeout: 8000 }).toBe(false);
        const width = await app.evaluate(({ BrowserWindow, screen }) => {
          const audience = BrowserWindow.getAllWindows().find((window) => !window.webContents.getURL().includes('view=presenter'))!;
          return audience.getBounds().width / screen.getPrimaryDisplay().workArea.width;
        });
        expect(width).toBeLessThan(0.9);
      }
    } finally {
      await app.close();
    }
  });

  test('a renderer killed twice in a row comes back both times, the second after a pause', async () => {
    test.skip(!lookup.found, skipReason);
    const { app } = await launchApp(['--scene', 'the-scar']);
    try {
      await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents;
        const loads: number[] = [];
        (globalThis as { deckLoads?: number[] }).deckLoads = loads;
        contents.on('did-finish-load', () => loads.push(Date.now()));
      });
      const loads = () => app.evaluate(() => (globalThis as { deckLoads?: number[] }).deckLoads!.length);
      const kill = () => app.evaluate(({ BrowserWindow }) => {
        BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer();
        return Date.now();
      });
      const firstKill = await kill();
      await expect.poll(loads, { timeout: 10_000 }).toBe(1);
      const secondKill = await kill();
      await expect.poll(loads, { timeout: 10_000 }).toBe(2);
      const [first, second] = await app.evaluate(() => (globalThis as { deckLoads?: number[] }).deckLoads!);
      expect(second! - secondKill).toBeGreaterThanOrEqual(1000); // the second reload waits (renderer-reload.ts)
      expect(first! - firstKill).toBeLessThan(second! - secondKill);
      const ready = await app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows()[0]!.webContents.executeJavaScript('[document.documentElement.hasAttribute("data-ready"), document.documentElement.dataset.scene]'),
      );
      expect(ready).toEqual([true, 'the-scar']);
    } finally {
      await app.close();
    }
  });

  test('a kiosk whose renderer keeps crashing relaunches itself and comes back as a new process', async () => {
    test.skip(!lookup.found, skipReason);
    const userData = freshUserData();
    const app = await startApp(['--kiosk'], userData);
    const exited = exitOf(app);
    let relaunchedPid: number | null = null;
    try {
      await (await app.firstWindow()).waitForSelector('html[data-ready]');
      // Four failures within five minutes: three reloads, then a relaunch (recovery-policy.ts).
      for (let failure = 1; failure <= 4; failure++) {
        await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer()).catch(() => {});
        if (failure < 4) await expect.poll(() => kioskLog(userData).filter((entry) => entry.event === 'recovered').length, { timeout: 15_000 }).toBe(failure);
      }
      expect(await exited).toBe(0);
      expect(kioskLog(userData).filter((entry) => entry.event === 'relaunch')).toEqual([expect.objectContaining({ cause: 'crash', count: 1 })]);
      await expect.poll(() => kioskLog(userData).filter((entry) => entry.event === 'start').length, { timeout: 20_000 }).toBe(2);
      const restarted = kioskLog(userData).filter((entry) => entry.event === 'start')[1]!;
      relaunchedPid = restarted.pid as number;
      expect(restarted).toMatchObject({ relaunches: 1 });
      expect(relaunchedPid).not.toBe(app.process().pid);
    } finally {
      if (app.process().exitCode === null) await app.close();
      if (relaunchedPid) {
        try {
          process.kill(relaunchedPid);
        } catch {
          // Already gone.
        }
      }
    }
  });
});
