/**
 * The story reaches everyone: axe-core finds no WCAG 2.2 A/AA violation in any view;
 * nothing flashes more than three times a second; reduced motion can be asked of the app
 * itself; the keyboard reaches everything. (axe at every scene, and each step's words in
 * the accessibility tree, are checked at every deep link in every-step.spec.ts, which
 * opens each step anyway; that reduced motion moves nothing, in motion-rules.spec.ts, on
 * its walk through the deck.)
 */
import { violations } from '../axe.ts';
import { deck, expect, expectSettledAt, openDeck, test } from '../fixtures.ts';

test('axe finds no violation in the presenter, print, overview, scroll, kiosk and help views', async ({ page, context }) => {
  test.setTimeout(300_000);
  const found: string[] = [];
  const check = async (name: string) => found.push(...(await violations(page)).map((text) => `${name}: ${text}`));

  const audience = await context.newPage();
  await audience.goto('./#/the-scar/1');
  await page.goto('./?view=presenter');
  await expect(page.locator('[data-presenter] h1')).toHaveText('The scar');
  await check('presenter');
  await audience.close();

  for (const query of ['?view=print', '?view=print&steps&notes', '?view=print&handout']) {
    await page.goto(`./${query}`);
    await page.waitForSelector('html[data-print-ready]');
    // The document-state contract holds in every view: ready, as well as print-ready.
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-ready'))).toBe(true);
    await check(query);
  }

  await page.goto('./?view=overview');
  await page.waitForSelector('html[data-ready]');
  await check('overview');

  await page.goto('./?mode=scroll#/the-women/1');
  await page.waitForSelector('html[data-ready]');
  await check('scroll');
  await page.setViewportSize({ width: 640, height: 400 });
  await page.waitForSelector('[data-reading="true"]');
  await check('scroll, reflowed');
  await page.setViewportSize({ width: 1600, height: 900 });

  await page.goto('./?kiosk&pin=2468');
  await page.waitForSelector('html[data-ready]');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-visitor-hint]')).toBeVisible();
  await page.waitForSelector('html[data-settled]');
  await check('kiosk, visitor');
  await page.keyboard.press('Control+Alt+Shift+Q');
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('kiosk, exit dialog');

  await openDeck(page, '#/the-film');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('help');
  expect(found).toEqual([]);
});

test('the breathing light of the last scenes never flashes: fewer than three changes a second', async ({ page }) => {
  const scene = deck.scenes.findIndex((candidate) => candidate.id === 'another-lu-jiwan');
  await openDeck(page, `#/another-lu-jiwan/${deck.scenes[scene]!.steps.length - 1}`);
  await expectSettledAt(page, scene, deck.scenes[scene]!.steps.length - 1);
  // Opacity of each breathing element, every frame for four seconds.
  const samples = await page.evaluate(
    () =>
      new Promise<number[][]>((resolve) => {
        const elements = [...document.querySelectorAll('[data-scene-id] [data-ambient]')];
        const series: number[][] = elements.map(() => []);
        const started = performance.now();
        const look = () => {
          elements.forEach((element, index) => series[index]!.push(Number(getComputedStyle(element).opacity)));
          if (performance.now() - started < 4000) requestAnimationFrame(look);
          else resolve(series);
        };
        requestAnimationFrame(look);
      }),
  );
  expect(samples.length).toBeGreaterThan(0);
  for (const series of samples) {
    // A flash is a swing of luminance one way and back; count the turns between rising and falling.
    let turns = 0;
    let direction = 0;
    for (let index = 1; index < series.length; index++) {
      const change = series[index]! - series[index - 1]!;
      if (Math.abs(change) < 0.002) continue;
      const now = Math.sign(change);
      if (direction !== 0 && now !== direction) turns++;
      direction = now;
    }
    expect(turns / 2 / 4, 'flashes a second').toBeLessThan(3);
    expect(Math.max(...series) - Math.min(...series), 'it does breathe').toBeGreaterThan(0.1);
  }
});

test('M turns the app’s own reduced-motion setting on and off, and it is kept across a reload', async ({ page }) => {
  await openDeck(page, '#/the-scar/1');
  await expect(page.locator('html')).not.toHaveAttribute('data-motion', 'reduced');
  await page.keyboard.press('m');
  await page.waitForSelector('html[data-motion="reduced"][data-ready]');
  expect(await page.evaluate(() => [document.documentElement.dataset.scene, document.documentElement.dataset.step])).toEqual(['the-scar', '1']);
  await page.reload();
  await page.waitForSelector('html[data-motion="reduced"][data-ready]');
  await page.keyboard.press('m');
  await page.waitForSelector('html[data-ready]:not([data-motion])');
});

test('keyboard: Tab reaches every control of the presenter view, focus is always visible, and focus is never trapped', async ({ page, context }) => {
  const audience = await context.newPage();
  await audience.goto('./#/the-scar/0');
  await page.goto('./?view=presenter');
  await expect(page.locator('[data-presenter] h1')).toHaveText('The scar');
  const controls = await page.locator('[data-presenter] button:visible').count();
  const reached: string[] = [];
  for (let press = 0; press < controls + 10; press++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return {
        name: `${element.tagName.toLowerCase()} “${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}”`,
        visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!focused) continue;
    expect(focused.visible, `${focused.name} shows where focus is`).toBe(true);
    if (reached.includes(focused.name)) break; // round again: Tab cycles through the page, nothing holds it
    reached.push(focused.name);
  }
  expect(reached.length).toBeGreaterThanOrEqual(controls);
  await audience.close();

  // Dialogs take focus, and Esc always gives it back.
  await openDeck(page, '#/the-film');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.goto('./?kiosk&pin=2468');
  await page.waitForSelector('html[data-ready]');
  await page.keyboard.press('Control+Alt+Shift+Q');
  await expect(page.getByLabel('PIN')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
