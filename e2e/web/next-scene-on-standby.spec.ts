/**
 * The next scene waits on standby: mounted while the current one holds still, hidden from
 * sight, from the keyboard and from assistive technology, and taken into use (not mounted
 * again) when the show steps into it. Stepping back mounts afresh and leaves no layer behind.
 */
import type { Page } from '@playwright/test';
import { expect, expectSettledAt, openDeck, test } from '../fixtures.ts';

/** Every scene layer on stage, in order: the scene it holds, and whether it is on standby. */
function layers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-stage] section[aria-roledescription="scene"]')].map((scene) =>
      scene.hasAttribute('data-standby-scene-id') ? `standby ${scene.getAttribute('data-standby-scene-id')}` : `shown ${scene.getAttribute('data-scene-id')}`,
    ),
  );
}

test('the next scene is ready on standby, unseen and unreachable, and a step into it starts that very one', async ({ page }) => {
  await openDeck(page, '#/the-scar/1');
  await expectSettledAt(page, 'the-scar', 1);
  const standby = page.locator('[data-standby-scene-id="the-blade"]');
  await expect(standby).toBeAttached();
  expect(await layers(page)).toEqual(['standby the-blade', 'shown the-scar']);

  // Unseen, out of the accessibility tree, out of reach of Tab and clicks.
  await expect(standby).toBeHidden();
  await expect(page.locator('[data-stage]')).not.toContainText('In the movie, Lu Jiwan says', { useInnerText: true });
  expect(await page.locator('[data-stage]').ariaSnapshot()).not.toContain('The blade in the sleeve');
  expect(await standby.evaluate((scene) => scene.closest('[inert]') !== null)).toBe(true);

  // Marked so the scene can be known as the same element after the step.
  await standby.evaluate((scene) => scene.setAttribute('data-test-mark', 'mounted ahead'));
  await page.keyboard.press('PageDown');
  const shown = await expectSettledAt(page, 'the-blade', 0);
  expect(shown.find((item) => item.index === 0)!.text).toContain('In the movie, Lu Jiwan says');
  await expect(page.locator('[data-scene-id="the-blade"]')).toHaveAttribute('data-test-mark', 'mounted ahead');
  await expect(page.locator('[data-scene-id="the-blade"]')).toBeVisible();
  await expect(page.locator('[data-standby-scene-id="not-just-a-movie"]')).toBeAttached();
});

test('stepping back, and back and forth quickly, leaves exactly the shown scene and its next one', async ({ page }) => {
  await openDeck(page, '#/the-blade/0');
  await expectSettledAt(page, 'the-blade', 0);
  await expect(page.locator('[data-standby-scene-id="not-just-a-movie"]')).toBeAttached();
  await page.keyboard.press('PageUp');
  await expectSettledAt(page, 'the-scar', 1);
  await expect.poll(() => layers(page)).toEqual(['standby the-blade', 'shown the-scar']);
  // A step into the standby and straight back: the-blade leaves fading out, and the show settles on
  // its own with a fresh standby (the fading mount once came back hidden, and the show never settled).
  // Whether the mount taken into use is ever put back on standby is watched as it happens.
  await page.locator('[data-standby-scene-id="the-blade"]').evaluate((scene) => {
    const record = document.documentElement.dataset;
    new MutationObserver(() => {
      if (scene.hasAttribute('data-scene-id')) record.testWasShown = 'yes';
      else if (record.testWasShown && scene.hasAttribute('data-standby-scene-id')) record.testBackOnStandby = 'yes';
    }).observe(scene, { attributes: true });
  });
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageUp');
  await expectSettledAt(page, 'the-scar', 1);
  await expect.poll(() => layers(page)).toEqual(['standby the-blade', 'shown the-scar']);
  await expect(page.locator('html')).toHaveAttribute('data-test-was-shown', 'yes');
  await expect(page.locator('html')).not.toHaveAttribute('data-test-back-on-standby');
  // The-blade was fading out when it is asked for again: a fresh mount, not the fading one revived.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageDown');
  await expectSettledAt(page, 'the-blade', 0);
  await expect.poll(() => layers(page)).toEqual(['standby not-just-a-movie', 'shown the-blade']);
  // At the end of the deck there is no next scene to hold ready.
  await page.keyboard.press('End');
  await expect.poll(() => layers(page)).toEqual(['shown credit']);
});

/**
 * Moves the show to `scene` with `change` and returns what a watcher of the document state saw
 * first once `data-scene` named the new scene (a MutationObserver, as a waiter's own), and
 * whether the show then settled there.
 */
async function firstStateOfNewScene(page: Page, scene: string, change: () => Promise<unknown>): Promise<{ settledAtOnce: boolean; settledLater: boolean }> {
  await page.evaluate((scene) => {
    const html = document.documentElement;
    const seen: { settledAtOnce?: boolean; settledLater?: boolean } = {};
    (window as unknown as { testSeen: typeof seen }).testSeen = seen;
    const observer = new MutationObserver(() => {
      if (html.dataset.scene !== scene) return;
      seen.settledAtOnce ??= html.hasAttribute('data-settled');
      if (html.hasAttribute('data-settled')) {
        seen.settledLater = true;
        observer.disconnect();
      }
    });
    observer.observe(html, { attributes: true, attributeFilter: ['data-scene', 'data-step', 'data-settled'] });
  }, scene);
  await change();
  await expect.poll(() => page.evaluate(() => (window as unknown as { testSeen: { settledLater?: boolean } }).testSeen.settledLater)).toBe(true);
  return page.evaluate(() => (window as unknown as { testSeen: { settledAtOnce: boolean; settledLater: boolean } }).testSeen);
}

test('the show stops saying it is settled the moment it names a new scene, however the scene comes', async ({ page }) => {
  await openDeck(page, '#/the-scar/1');
  await expectSettledAt(page, 'the-scar', 1);
  await expect(page.locator('[data-standby-scene-id="the-blade"]')).toBeAttached();
  // Into the scene on standby, a jump back (mounted afresh), a jump ahead past the standby.
  const goTo = (hash: string) => () => page.evaluate((target) => (location.hash = target), hash);
  expect(await firstStateOfNewScene(page, 'the-blade', () => page.keyboard.press('PageDown'))).toEqual({ settledAtOnce: false, settledLater: true });
  await expectSettledAt(page, 'the-blade', 0);
  expect(await firstStateOfNewScene(page, 'the-journey', goTo('#/the-journey/1'))).toEqual({ settledAtOnce: false, settledLater: true });
  await expectSettledAt(page, 'the-journey', 1);
  expect(await firstStateOfNewScene(page, 'captivity', goTo('#/captivity/0'))).toEqual({ settledAtOnce: false, settledLater: true });
  await expectSettledAt(page, 'captivity', 0);
});
