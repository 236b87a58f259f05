/**
 * An author edits slides while `npm run dev` runs: an edit shows up without a restart,
 * and a mistake shows in Vite's overlay with its file and line, not as a blank page.
 * Runs Vite's dev server on a copy of the slides, so the real ones are never touched.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { expect, test } from '@playwright/test';

const projectRoot = resolve(import.meta.dirname, '../..');
let server: ViteDevServer;
let slides: string;
let url: string;

// Each test gets its own copy of the slides and its own dev server: one test's last edits
// can never reach the next test's pages as a late reload.
test.beforeEach(async () => {
  slides = mkdtempSync(join(tmpdir(), 'deck-slides-'));
  cpSync(join(projectRoot, 'slides'), slides, { recursive: true });
  process.env.DECK_SLIDES_DIR = slides;
  server = await createServer({ configFile: join(projectRoot, 'vite.config.ts'), server: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  await server.listen();
  url = server.resolvedUrls!.local[0]!;
});

test.afterEach(async () => {
  await server?.close();
  delete process.env.DECK_SLIDES_DIR;
  rmSync(slides, { recursive: true, force: true });
});

test('an edited slide reloads, and a broken one shows its file and line in the overlay', async ({ page }, testInfo) => {
  const scar = join(slides, '04-the-scar.md');
  const original = readFileSync(scar, 'utf8');
  await page.goto(`${url}#/the-scar`);
  await page.waitForSelector('html[data-ready]');
  await expect(page.locator('[data-scene-id="the-scar"] .kicker')).toHaveText('The scar');

  writeFileSync(scar, original.replace('title: The scar', 'title: The scar on the wrist'));
  await expect(page.locator('[data-scene-id="the-scar"] .kicker')).toHaveText('The scar on the wrist', { timeout: 15_000 });
  expect(page.url()).toMatch(/#\/the-scar$/);

  writeFileSync(scar, original.replace('    seconds: 6', '    secnds: 6'));
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay).toBeAttached({ timeout: 15_000 });
  await expect(overlay.locator('.message-body')).toContainText(/04-the-scar\.md:\d+: unknown key "secnds" in step 1/);
  await expect(overlay.locator('.message-body')).toContainText(/04-the-scar\.md:\d+: missing "seconds" in step 1/);
  await page.screenshot({ path: testInfo.outputPath('dev-overlay.png') });

  writeFileSync(scar, original);
  await expect(page.locator('[data-scene-id="the-scar"] .kicker')).toHaveText('The scar', { timeout: 15_000 });
  await expect(overlay).toHaveCount(0);
});

test('a rehearsal writes its times into the slides, after a confirmation, changing nothing else', async ({ page, context }) => {
  const before = Object.fromEntries(readdirSync(slides).filter((name) => name.endsWith('.md')).map((name) => [name, readFileSync(join(slides, name), 'utf8')]));
  await page.goto(`${url}#/content-note`);
  await page.waitForSelector('html[data-ready]');
  const presenter = await context.newPage();
  await presenter.goto(`${url}?view=presenter`);
  await expect(presenter.locator('.where h1')).toHaveText('Content note');

  await presenter.getByRole('button', { name: 'Rehearse' }).click();
  await expect(presenter.getByText('Rehearsing: every step')).toBeVisible();
  for (const step of ['1', '0']) {
    await presenter.waitForTimeout(700);
    await presenter.keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.step)).toBe(step);
  }
  await presenter.waitForTimeout(700);
  await presenter.getByRole('button', { name: 'Finish rehearsal' }).click();
  const report = presenter.locator('[data-rehearsal-report]');
  await expect(report).toBeVisible();
  await expect(report.getByRole('img', { name: /Bar chart of planned and rehearsed time/ })).toBeVisible();

  // Nothing is written without the confirmation.
  await report.getByRole('button', { name: 'Use as planned times…' }).click();
  await report.getByRole('button', { name: 'Cancel' }).click();
  expect(readFileSync(join(slides, '00-content-note.md'), 'utf8')).toBe(before['00-content-note.md']);

  await report.getByRole('button', { name: 'Use as planned times…' }).click();
  await report.getByRole('button', { name: 'Write the times' }).click();
  const written = 'Planned times updated in 2 slide files: 00-content-note.md, 01-title.md.';
  await expect(report.getByRole('status')).toHaveText(written);
  // The dev server then reloads the pages with the new planned times; the presenter still says what happened.
  await expect(presenter.locator('[data-rehearsal-report]')).toHaveCount(0, { timeout: 10_000 });
  await expect(presenter.getByText(written)).toBeVisible();

  for (const [name, original] of Object.entries(before)) {
    const now = readFileSync(join(slides, name), 'utf8');
    const changed = now.split('\n').filter((line, index) => line !== original.split('\n')[index]);
    if (['00-content-note.md', '01-title.md'].includes(name)) {
      expect(changed.length, name).toBeGreaterThan(0);
      expect(changed.every((line) => /^\s+seconds: [\d.]+$/.test(line)), `${name}: ${changed.join(' | ')}`).toBe(true);
    } else {
      expect(changed, name).toEqual([]);
    }
  }
});
