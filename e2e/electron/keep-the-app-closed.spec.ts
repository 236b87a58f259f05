/**
 * The app keeps to itself (docs/security.md): a page cannot navigate away, open a window,
 * reach the network, get a permission or touch Node; the one window a page may ask for,
 * the presenter view, main opens itself. Runs where an Electron binary exists.
 */
import { expect, test } from '@playwright/test';
import { launchApp, lookup, skipReason } from './app.ts';

test.describe('the app stays closed to the outside', () => {
  test.beforeAll(() => {
    if (!lookup.found) console.log(`Electron specs skipped: ${skipReason}`);
  });

  test('a navigation to another site is blocked, by script or by link, and the show stays where it was', async () => {
    test.skip(!lookup.found, skipReason);
    const { app, page } = await launchApp(['--scene', 'the-scar']);
    try {
      const before = page.url();
      await page.evaluate(() => {
        location.href = 'https://example.org/';
      });
      await page.evaluate(() => {
        const link = Object.assign(document.createElement('a'), { href: 'https://example.org/elsewhere' });
        document.body.append(link);
        link.click();
        link.remove();
      });
      await page.waitForTimeout(1000);
      expect(page.url()).toBe(before);
      expect(await page.evaluate(() => [document.documentElement.hasAttribute('data-ready'), document.documentElement.dataset.scene])).toEqual([true, 'the-scar']);
    } finally {
      await app.close();
    }
  });

  test('window.open is denied, for another site and for the app itself', async () => {
    test.skip(!lookup.found, skipReason);
    const { app, page } = await launchApp();
    try {
      const results = await page.evaluate(() => [window.open('https://example.org/'), window.open('app://deck/index.html'), window.open('file:///etc/passwd')].map((opened) => opened === null));
      expect(results).toEqual([true, true, true]);
      await page.waitForTimeout(500);
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  test('asking window.open for the presenter view gets main’s own presenter window', async () => {
    test.skip(!lookup.found, skipReason);
    const { app, page } = await launchApp();
    try {
      const opened = app.waitForEvent('window');
      expect(await page.evaluate(() => window.open('app://deck/index.html?view=presenter') === null)).toBe(true);
      const presenter = await opened;
      await presenter.waitForSelector('[data-presenter]');
      expect(app.windows()).toHaveLength(2);
    } finally {
      await app.close();
    }
  });

  test('the page reaches no network, gets no permission and sees named functions only', async () => {
    test.skip(!lookup.found, skipReason);
    const { app, page } = await launchApp();
    try {
      expect(await page.evaluate(() => fetch('https://example.org/').then(() => 'loaded', () => 'refused'))).toBe('refused');
      expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
      const surface = await page.evaluate(() => ({
        host: Object.keys(window.deckHost ?? {}).sort(),
        ipc: typeof (window as { ipcRenderer?: unknown }).ipcRenderer,
        require: typeof (globalThis as { require?: unknown }).require,
        electron: typeof (globalThis as { electron?: unknown }).electron,
      }));
      expect(surface).toEqual({
        host: ['kiosk', 'openPresenter', 'sync', 'toggleFullScreen', 'writeRehearsal'],
        ipc: 'undefined',
        require: 'undefined',
        electron: 'undefined',
      });
    } finally {
      await app.close();
    }
  });
});
