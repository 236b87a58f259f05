/**
 * A speaker gives the talk with the audience view on the projector and the presenter
 * view on the laptop: either window drives both, each resumes after a reload, the notes
 * follow the scene, and the timer behaves.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { deck, expect, expectSettledAt, openDeck, openPresenter, shownPosition, test } from '../fixtures.ts';


/** A presenter window whose clock moves only when the test says so. */
async function pausedClockPresenter(context: BrowserContext): Promise<Page> {
  const presenter = await context.newPage();
  await presenter.clock.install({ time: new Date('2026-11-29T10:00:00') });
  await presenter.clock.pauseAt(new Date('2026-11-29T10:00:01'));
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await presenter.goto('./?view=presenter');
  await expect(presenterTitle(presenter)).toHaveText('The film');
  return presenter;
}

const presenterStep = (presenter: Page) => presenter.locator('.step-count');
const presenterTitle = (presenter: Page) => presenter.locator('.where h1');

test('commands from either window reach the other, quickly', async ({ page, context }) => {
  await openDeck(page, '#/the-film');
  const presenter = await openPresenter(context);
  await expect(presenterTitle(presenter)).toHaveText('The film');

  await presenter.keyboard.press('PageDown');
  await expectSettledAt(page, 'the-journey', 0);
  await expect(presenterTitle(presenter)).toHaveText('The journey');

  await page.keyboard.press('PageDown');
  await expect(presenterStep(presenter)).toHaveText('Step 2 of 2');
  await presenter.getByRole('button', { name: 'Previous step' }).click();
  await expectSettledAt(page, 'the-journey', 0);
  await presenter.locator('[data-scene-button="three-demands"]').click();
  await expectSettledAt(page, 'three-demands', 0);

  // Latency: from the key event in the presenter window to the audience's new step, both
  // stamped inside the browser on one clock (the pages share a browser, so timeOrigin + now
  // is comparable), so Playwright's own round trips are not counted.
  await presenter.evaluate(() =>
    window.addEventListener('keydown', () => ((window as unknown as { keyAt: number }).keyAt = performance.timeOrigin + performance.now()), { capture: true }),
  );
  const latencies: number[] = [];
  for (let i = 0; i < 9; i++) {
    const key = i % 2 === 0 ? 'PageDown' : 'PageUp';
    const expected = i % 2 === 0 ? '1' : '0';
    await page.evaluate((step) => {
      (window as unknown as { stepSeen: Promise<number> }).stepSeen = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.documentElement.dataset.step === step) {
            observer.disconnect();
            resolve(performance.timeOrigin + performance.now());
          }
        });
        observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-step'] });
      });
    }, expected);
    await presenter.keyboard.press(key);
    const seenAt = await page.evaluate(() => (window as unknown as { stepSeen: Promise<number> }).stepSeen);
    const keyAt = await presenter.evaluate(() => (window as unknown as { keyAt: number }).keyAt);
    latencies.push(seenAt - keyAt);
  }
  latencies.sort((a, b) => a - b);
  console.log(`presenter key to audience step: median ${latencies[4]!.toFixed(1)} ms, p90 ${latencies[7]!.toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms (9 presses)`);
  expect(latencies.every((latency) => latency >= 0)).toBe(true);
});

test('the notes shown are the current scene’s, and the next step is previewed', async ({ page, context }) => {
  await openDeck(page, '#/the-scar');
  const presenter = await openPresenter(context);
  // Last scene to first: the audience then enters each scene backwards, landing at once
  // instead of playing the entrance; the presenter is what is checked here.
  for (const [sceneIndex, scene] of [...deck.scenes.entries()].reverse()) {
    await presenter.keyboard.type(String(sceneIndex));
    await presenter.keyboard.press('Enter');
    await expectSettledAt(page, sceneIndex, 0);
    await expect(presenterTitle(presenter)).toHaveText(scene.title);
    const firstLine = scene.notes.markdown.split('\n')[0]!.replace(/[*_`]/g, '').slice(0, 40);
    await expect(presenter.locator('[data-notes]')).toContainText(firstLine);
    const next = scene.steps.length > 1 ? { id: scene.id, step: '1' } : deck.scenes[sceneIndex + 1] ? { id: deck.scenes[sceneIndex + 1]!.id, step: '0' } : null;
    if (next) {
      await expect(presenter.locator('[data-next-preview]')).toHaveAttribute('data-next-scene', next.id);
      await expect(presenter.locator('[data-next-preview]')).toHaveAttribute('data-next-step', next.step);
    } else {
      await expect(presenter.getByText('End of the talk.')).toBeVisible();
    }
  }
});

test('each window resumes where the show is after a reload', async ({ page, context }) => {
  await openDeck(page, '#/captivity/1');
  const presenter = await openPresenter(context);
  await expect(presenterStep(presenter)).toHaveText('Step 2 of 3');

  await presenter.reload();
  await expect(presenterTitle(presenter)).toHaveText('Captivity');
  await expect(presenterStep(presenter)).toHaveText('Step 2 of 3');

  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await expectSettledAt(page, 'captivity', 1);
  await presenter.keyboard.press('PageDown');
  await expectSettledAt(page, 'captivity', 2);
});

test('black screen from the presenter blacks out the audience and shows a banner', async ({ page, context }) => {
  await openDeck(page, '#/the-women');
  const presenter = await openPresenter(context);
  await expect(presenterTitle(presenter)).toHaveText('The women');
  await presenter.keyboard.press('b');
  await expect(page.locator('[data-blackout]')).toBeVisible();
  await expect(presenter.locator('[data-blackout-banner]')).toHaveText('The audience screen is black. Press B to bring it back.');
  await presenter.getByRole('button', { name: 'Black screen' }).click();
  await expect(page.locator('[data-blackout]')).toHaveCount(0);
  await expect(presenter.locator('[data-blackout-banner]')).toHaveCount(0);
});

test('Enter and Space press the presenter button that has focus, and do not step the show', async ({ page, context }) => {
  await openDeck(page, '#/the-women/1');
  const presenter = await openPresenter(context);
  await expect(presenterTitle(presenter)).toHaveText('The women');
  const black = presenter.getByRole('button', { name: 'Black screen' });
  await black.focus();
  await presenter.keyboard.press('Enter');
  await expect(page.locator('[data-blackout]')).toBeVisible();
  await presenter.keyboard.press(' ');
  await expect(page.locator('[data-blackout]')).toHaveCount(0);
  expect(await shownPosition(page)).toEqual({ scene: 'the-women', step: '1' });
  // A clicker's key still steps the show with a button focused.
  await presenter.keyboard.press('PageDown');
  await expect.poll(() => shownPosition(page)).toEqual({ scene: 'the-women', step: '2' });
});

test('the timer starts with the talk, pauses, resumes, and resets only when confirmed', async ({ page, context }) => {
  await openDeck(page, '#/the-film');
  const presenter = await pausedClockPresenter(context);
  const elapsed = presenter.locator('[data-elapsed]');

  await presenter.clock.runFor(10_000);
  await expect(elapsed).toHaveText('0:00');
  await presenter.keyboard.press('PageDown');
  await expect(presenterTitle(presenter)).toHaveText('The journey');
  await presenter.clock.runFor(65_000);
  await expect(elapsed).toHaveText('1:05');

  await presenter.getByRole('button', { name: 'Pause' }).click();
  await presenter.clock.runFor(30_000);
  await expect(elapsed).toHaveText('1:05');
  await presenter.getByRole('button', { name: 'Resume' }).click();
  await presenter.clock.runFor(5_000);
  await expect(elapsed).toHaveText('1:10');

  // Stray clicks do not reset it: neither on the page, nor one click on Reset.
  await presenter.locator('[data-notes]').click();
  await presenter.getByRole('button', { name: 'Reset…' }).click();
  await presenter.clock.runFor(1_000);
  await expect(elapsed).toHaveText('1:11');
  await presenter.getByRole('button', { name: 'Keep' }).click();
  await expect(elapsed).toHaveText('1:11');

  // A reload of the presenter keeps the time.
  await presenter.reload();
  await expect(presenterTitle(presenter)).toHaveText('The journey');
  await presenter.clock.runFor(2_000);
  await expect(elapsed).toHaveText('1:13');

  await presenter.getByRole('button', { name: 'Reset…' }).click();
  await presenter.getByRole('group', { name: 'Reset the timer?' }).getByRole('button', { name: 'Reset' }).click();
  await expect(elapsed).toHaveText('0:00');
  expect(await shownPosition(page)).toEqual({ scene: 'the-journey', step: '0' });
});

test('pacing says ahead or behind, in colour and in words', async ({ page, context }) => {
  await openDeck(page, '#/the-film');
  const presenter = await pausedClockPresenter(context);
  await presenter.keyboard.press('PageDown');
  // The plan to reach the journey is 38 s (content note 15 s, the title 15 s, the film 8 s); the talk has just begun.
  await expect(presenter.locator('[data-pace]')).toHaveAttribute('data-pace', 'ahead');
  await expect(presenter.locator('[data-pace]')).toContainText('ahead');
  await presenter.clock.runFor(120_000);
  await expect(presenter.locator('[data-pace]')).toHaveAttribute('data-pace', 'behind');
  await expect(presenter.locator('[data-pace]')).toContainText('1:22 behind');
  await expect(presenter.locator('[data-scene-button="the-journey"] .times')).toHaveText('2:00 / 0:19');
});

test('S opens the presenter view; the audience never shows presenter controls', async ({ page }) => {
  await openDeck(page, '#/the-scar');
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const presenter = await popup;
  await presenter.waitForSelector('[data-presenter]');
  expect(new URL(presenter.url()).searchParams.get('view')).toBe('presenter');
  await expect(presenterTitle(presenter)).toHaveText('The scar');
  await expect(page.locator('[data-presenter], [data-notes], [data-elapsed]')).toHaveCount(0);
});

for (const size of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
  test(`the presenter view at ${size.width}x${size.height}`, async ({ page, context }, testInfo) => {
    await openDeck(page, '#/one-testimony/2');
    const presenter = await openPresenter(context, { size });
    await expect(presenterTitle(presenter)).toHaveText('One testimony');
    await presenter.waitForTimeout(300);
    const overflow = await presenter.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await presenter.screenshot({ path: testInfo.outputPath(`presenter-${size.width}x${size.height}.png`) });
  });
}

test('the presenter window keeps the document-state contract: ready once it shows the show, and where the show is', async ({ page, context }) => {
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await presenter.goto('./?view=presenter');
  await presenter.waitForSelector('[data-presenter]');
  // Alone, it has nothing to show yet: not ready, at no place.
  await presenter.waitForTimeout(500);
  expect(await presenter.evaluate(() => document.documentElement.hasAttribute('data-ready'))).toBe(false);
  expect(await shownPosition(presenter)).toEqual({ scene: undefined, step: undefined });

  await openDeck(page, '#/the-journey/1');
  await presenter.waitForSelector('html[data-ready]');
  await expect(presenterTitle(presenter)).toHaveText('The journey');
  expect(await shownPosition(presenter)).toEqual({ scene: 'the-journey', step: '1' });

  await presenter.keyboard.press('PageDown');
  await expectSettledAt(page, 'the-scar', 0);
  await expect.poll(() => shownPosition(presenter)).toEqual({ scene: 'the-scar', step: '0' });
  await page.keyboard.press('PageUp');
  await expect.poll(() => shownPosition(presenter)).toEqual({ scene: 'the-journey', step: '1' });
});
