/**
 * The app as an exhibition kiosk (docs/kiosk.md): full screen, and left only by the exit
 * chord with the PIN, which main checks. Runs where an Electron binary exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { exitOf, launchApp, lookup, skipReason } from './app.ts';

test.describe('the kiosk in the app', () => {
  test.beforeAll(() => {
    if (!lookup.found) console.log(`Electron specs skipped: ${skipReason}`);
  });

  test('the exit chord asks for the PIN, a wrong one is refused, the right one ends the app', async () => {
    test.skip(!lookup.found, skipReason);
    const { app, page, userData } = await launchApp(['--kiosk', '--pin', '2468']);
    const exited = exitOf(app);
    try {
      // Made a kiosk once painted and shown (window-launch.ts), which may come just after the deck is ready.
      await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((window) => window.isKiosk()))).toEqual([true]);
      await page.keyboard.press('Control+Alt+Shift+Q');
      const dialog = page.getByRole('dialog', { name: 'Leave the exhibition mode' });
      await expect(dialog).toBeVisible();
      await page.getByLabel('PIN').fill('1111');
      await dialog.getByRole('button', { name: 'Leave' }).click();
      await expect(dialog.getByRole('alert')).toHaveText('That PIN is not right.');
      expect(app.process().exitCode).toBeNull();
      await page.getByLabel('PIN').fill('2468');
      await dialog.getByRole('button', { name: 'Leave' }).click();
      expect(await exited).toBe(0);
      const log = readFileSync(join(userData, 'kiosk-log.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(log.filter((entry) => entry.event === 'exit')).toEqual([
        expect.objectContaining({ refused: 'wrong PIN' }),
        expect.objectContaining({ by: 'exit chord' }),
      ]);
      expect(JSON.stringify(log)).not.toContain('2468');
    } finally {
      if (app.process().exitCode === null) await app.close();
    }
  });
});
