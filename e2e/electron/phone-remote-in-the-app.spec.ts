/**
 * The phone remote in the app: Show › Phone Remote… asks where the code goes and draws it in the
 * presenter window (the audience screen is left alone), and a phone paired with it drives the
 * audience window through main's relay, hearing where the show is. The phone here is Node's own
 * socket, speaking as the phone page does. Runs where an Electron binary exists.
 */
import WebSocket from 'ws';
import { expect, test } from '@playwright/test';
import { launchApp, lookup, skipReason } from './app.ts';

test.describe('the phone remote in the app', () => {
  test.beforeAll(() => {
    if (!lookup.found) console.log(`Electron specs skipped: ${skipReason}`);
  });

  test('Show › Phone Remote… shows the code in the presenter window, and the paired phone drives the audience', async () => {
    test.skip(!lookup.found, skipReason);
    const { app, page: audience } = await launchApp(['--scene', 'the-scar']);
    try {
      // The dialog's third button: "Show in the Presenter Window".
      await app.evaluate(({ dialog, Menu }) => {
        dialog.showMessageBox = (async () => ({ response: 2, checkboxChecked: false })) as typeof dialog.showMessageBox;
        Menu.getApplicationMenu()!.getMenuItemById('phone-remote')!.click();
      });
      const presenter = await app.waitForEvent('window', (window) => window.url().includes('view=presenter'));
      const url = await presenter.locator('[data-pairing-url]').textContent();
      expect(url).toMatch(/^http:\/\/[0-9.]+:\d+\/p\/[A-Za-z0-9_-]{24}$/);
      await expect(audience.locator('[data-pairing-card]')).toHaveCount(0);

      const paired = await fetch(url!, { redirect: 'manual' });
      expect(paired.status).toBe(303);
      const cookie = paired.headers.get('set-cookie')!.split(';')[0]!;
      const origin = new URL(url!).origin;
      const phone = new WebSocket(`${origin.replace('http', 'ws')}/relay/phone`, { headers: { Origin: origin, Cookie: cookie } });
      const frames: { kind: string; tick?: number; message?: { state?: { step: number } } }[] = [];
      phone.on('message', (data) => frames.push(JSON.parse(String(data))));
      await expect.poll(() => frames.some((frame) => frame.kind === 'tick')).toBe(true);
      const tick = frames.filter((frame) => frame.kind === 'tick').at(-1)!.tick;
      phone.send(JSON.stringify({ kind: 'sync', tick, message: { kind: 'command', sender: 'phone', role: 'presenter', seq: 0, command: { type: 'next' } } }));
      await expect.poll(() => audience.evaluate(() => document.documentElement.dataset.step)).toBe('1');
      await expect.poll(() => frames.some((frame) => frame.kind === 'sync' && frame.message?.state?.step === 1)).toBe(true);
      phone.close();
    } finally {
      await app.close();
    }
  });
});
