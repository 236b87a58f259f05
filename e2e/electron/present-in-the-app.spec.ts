/**
 * The real app: Electron loads the built renderer over app:// and a speaker steps
 * through the talk. Runs wherever an Electron binary exists (after `npm start` has
 * downloaded it once, or with ELECTRON_OVERRIDE_DIST_PATH); elsewhere it is skipped
 * and says why.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { videoPlan } from '../../src/video/video-plan.ts';
import { deck } from '../deck.ts';
import { exitOf, launchApp, lookup, skipReason, startApp } from './app.ts';

const run = promisify(execFile);

test.describe('the Electron app', () => {
  test.beforeAll(() => {
    if (!lookup.found) console.log(`Electron specs skipped: ${skipReason}`);
  });

  test('loads the deck over app:// with Node kept out of the page, and steps through every scene', async () => {
    test.skip(!lookup.found, skipReason);
    const { app, page } = await launchApp();
    try {
      expect(page.url()).toMatch(/^app:\/\/deck\/index\.html/);
      expect(await page.evaluate(() => [typeof (globalThis as { require?: unknown }).require, typeof (globalThis as { process?: unknown }).process])).toEqual(['undefined', 'undefined']);
      // The preload's bridge is there: the page talks to the app through it.
      expect(await page.evaluate(() => typeof window.deckHost?.toggleFullScreen)).toBe('function');
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
    const { app, page } = await launchApp(['--scene', 'the-scar']);
    try {
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.scene)).toBe('the-scar');
    } finally {
      await app.close();
    }
  });

  test('S opens the presenter window, and either window drives the show through main', async () => {
    test.skip(!lookup.found, skipReason);
    const { app, page } = await launchApp(['--scene', 'the-blade']);
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
    const app = await startApp(['--export-pdf', out]);
    expect(await exitOf(app)).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('--export-video writes the show to an MP4 and quits', async () => {
    test.skip(!lookup.found, skipReason);
    const out = join(mkdtempSync(join(tmpdir(), 'app-export-')), 'show.mp4');
    const app = await startApp(['--export-video', out, '--video-size', '640x360', '--video-fps', '10', '--video-from', 'title', '--video-to', 'title']);
    expect(await exitOf(app)).toBe(0);
    const { stdout } = await run('ffprobe', ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', out]);
    const probed = JSON.parse(stdout) as { streams: { codec_name: string; width: number; height: number }[]; format: { duration: string } };
    expect(probed.streams[0]).toMatchObject({ codec_name: 'h264', width: 640, height: 360 });
    // The content note first, then the title scene, at their planned times: the command line's plan.
    const plan = videoPlan(deck, { fps: 10, from: 'title', to: 'title', advisory: true });
    expect(Math.abs(Number(probed.format.duration) - plan.totalFrames / 10)).toBeLessThanOrEqual(0.1);
    expect(existsSync(out.replace(/\.mp4$/, '.png'))).toBe(true);
    expect(readFileSync(out.replace(/\.mp4$/, '.vtt'), 'utf8')).toMatch(/^WEBVTT/);
  });
});
