/**
 * The phone remote as a speaker and as staff use it: `npm run present -- --remote` serving the
 * built deck on loopback, the audience page opened from it, a phone-sized page paired by the
 * printed URL driving the show through the relay; the pairing refused when wrong or replaced;
 * a Wi-Fi drop (a proxy holding the line) reconnected without a press replayed late; the staff
 * console restarting a kiosk's loop only with the PIN, and its Pause holding against a visitor
 * and the idle return until Resume; a burst of 1,000 commands held to the
 * relay's limit; the code drawn in the presenter window (or on the room's screen when asked) and
 * gone once the phone pairs. Each command listens on a port the system chooses.
 */
import WebSocket from 'ws';
import { violations } from '../axe.ts';
import { deck, everyStep, expect, expectSettledAt, sceneIndexOf, shownPosition, test } from '../fixtures.ts';
import { DropProxy, openPhone, PHONE, startPresent, type PresentCommand } from '../remote.ts';
import type { Browser, Page } from '@playwright/test';
import { PHONE_BURST, PHONE_PER_SECOND } from '../../src/remote/relay.ts';

/** The audience's place as an index into every step of the talk. */
async function placeIndex(page: Page): Promise<number> {
  const { scene, step } = await shownPosition(page);
  return everyStep.findIndex((place) => place.sceneId === scene && String(place.step) === step);
}

async function openAudience(browser: Browser, url: string, { clock = false } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  if (clock) await page.clock.install();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  await page.waitForSelector('html[data-ready]');
  return page;
}

const wordsOf = (sceneIndex: number, step: number) => {
  const shown = deck.scenes[sceneIndex]!.steps[step]!;
  return (shown.article || shown.text).replace(/\s+/g, ' ').trim();
};

test.describe('the speaker’s phone', () => {
  let present: PresentCommand;
  let audience: Page;

  test.beforeAll(async ({ browser }) => {
    present = await startPresent([]);
    audience = await openAudience(browser, present.showUrl);
  });
  test.afterAll(async () => {
    await audience?.context().close();
    await present?.stop();
  });

  test('paired with the printed code, it drives the audience (next, previous, jump, black screen) and shows the step’s words and notes', async ({ browser }) => {
    const context = await browser.newContext(PHONE);
    const { page: phone, errors } = await openPhone(context, present.pairUrl);
    await expect(phone).toHaveURL(/\/index\.html\?view=remote$/);
    await expect(phone.locator('[data-remote-connection="connected"]')).toBeVisible();
    await expectSettledAt(audience, 0, 0);
    await expect(phone.locator('[data-remote-words]')).toHaveText(wordsOf(0, 0));

    await phone.getByRole('button', { name: 'Next', exact: true }).click();
    await expectSettledAt(audience, everyStep[1]!.sceneId, everyStep[1]!.step);
    await expect(phone.locator('[data-remote-words]')).toHaveText(wordsOf(everyStep[1]!.sceneIndex, everyStep[1]!.step));
    await phone.getByRole('button', { name: 'Previous' }).click();
    await expectSettledAt(audience, 0, 0);

    // The scene list jumps; a scene with notes per step marks the step's part.
    const demands = sceneIndexOf('three-demands');
    await phone.getByText('Scenes', { exact: true }).click();
    await phone.locator('[data-remote-scene-id="three-demands"]').click();
    await expectSettledAt(audience, 'three-demands', 0);
    await phone.getByRole('button', { name: 'Next', exact: true }).click();
    await expectSettledAt(audience, 'three-demands', 1);
    await expect(phone.locator('[data-remote-words]')).toHaveText(wordsOf(demands, 1));
    const part = deck.scenes[demands]!.notes.parts.find((each) => each.step === 1)!;
    const partText = part.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 40);
    const now = phone.locator('[data-remote-notes] [data-notes-when="now"]');
    await expect(now).toHaveAttribute('data-notes-step', '1');
    await expect(now).toContainText(partText.split(' ').slice(0, 4).join(' '));
    await phone.getByText('Scenes', { exact: true }).click();
    await phone.evaluate(() => window.scrollTo(0, 0));
    expect(await violations(phone)).toEqual([]);
    await phone.screenshot({ path: 'test-results/phone-remote.png' });

    await phone.getByRole('button', { name: 'Black screen' }).click();
    await expect(audience.locator('[data-blackout]')).toBeVisible();
    await expect(phone.getByRole('button', { name: 'Black screen' })).toHaveAttribute('aria-pressed', 'true');
    await phone.getByRole('button', { name: 'Black screen' }).click();
    await expect(audience.locator('[data-blackout]')).toHaveCount(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a wrong or replaced code is refused, and the phone says it is not paired', async ({ browser }) => {
    const phoneContext = await browser.newContext(PHONE);
    const { page: phone } = await openPhone(phoneContext, present.pairUrl.replace(/\/p\/.+$/, `/p/${'A'.repeat(24)}`));
    expect(await phone.locator('body').innerText()).toContain('not paired');

    // Paired by the current code, then a new pairing lets it go.
    const first = await present.pairAgain();
    await phone.goto(first);
    await expect(phone.locator('[data-remote-connection="connected"]')).toBeVisible();
    const second = await present.pairAgain();
    await expect(phone.locator('[data-remote-connection="refused"]')).toBeVisible();
    await expect(phone.getByRole('status').first()).toContainText('Not paired');
    const position = await shownPosition(audience);
    await phone.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(phone.locator('[data-unsent="offline"]')).toBeVisible();
    expect(await shownPosition(audience)).toEqual(position);

    // The used code again, from another phone: refused; the new one works.
    const otherContext = await browser.newContext(PHONE);
    const { page: other } = await openPhone(otherContext, first);
    expect(await other.locator('body').innerText()).toContain('not paired');
    await other.goto(second);
    await expect(other.locator('[data-remote-connection="connected"]')).toBeVisible();
    await phoneContext.close();
    await otherContext.close();
  });

  test('after a Wi-Fi drop it says it is not connected, reconnects by itself, and plays nothing pressed during the drop', async ({ browser }) => {
    const proxy = await DropProxy.start(present.port);
    try {
      const context = await browser.newContext(PHONE);
      const pairUrl = (await present.pairAgain()).replace(`:${present.port}/`, `:${proxy.port}/`);
      const { page: phone, errors } = await openPhone(context, pairUrl);
      await expect(phone.locator('[data-remote-connection="connected"]')).toBeVisible();
      const before = await placeIndex(audience);

      proxy.hold();
      // Pressed as the line dies: the page still thinks it is connected, and the press sits in the dead link.
      await phone.getByRole('button', { name: 'Next', exact: true }).click();
      await expect(phone.locator('[data-remote-connection="offline"]')).toBeVisible({ timeout: 10_000 });
      await expect(phone.getByRole('status').first()).toContainText('Not connected');
      // Pressed while it says so: refused there and then.
      await phone.getByRole('button', { name: 'Next', exact: true }).click();
      await expect(phone.locator('[data-unsent="offline"]')).toBeVisible();

      proxy.release();
      await expect(phone.locator('[data-remote-connection="connected"]')).toBeVisible({ timeout: 15_000 });
      // Nothing pressed during the drop reached the show, late or otherwise.
      await phone.waitForTimeout(1500);
      expect(await placeIndex(audience)).toBe(before);
      await phone.getByRole('button', { name: 'Next', exact: true }).click();
      await expect.poll(() => placeIndex(audience)).toBe(before + 1);
      // The only errors: the browser's own words for connections the drop refused.
      expect(errors.filter((error) => !/WebSocket/.test(error))).toEqual([]);
      await context.close();
    } finally {
      await proxy.close();
    }
  });

  test('a burst of 1,000 commands is held to the relay’s limit, and the phone drives again a moment later', async ({ browser }) => {
    const context = await browser.newContext(PHONE);
    // The phone page pairs (its cookie is the pairing) and goes: its own socket, still connecting on a
    // slow machine, would otherwise take over from the burst's socket (one live socket per pairing).
    const phone = await openPhone(context, await present.pairAgain());
    await phone.page.close();
    const cookie = (await context.cookies()).find((each) => each.name === 'deck-remote')!;
    const origin = new URL(present.showUrl).origin;
    const socket = new WebSocket(`${origin.replace('http', 'ws')}/relay/phone`, { headers: { Origin: origin, Cookie: `deck-remote=${cookie.value}` } });
    const frames: { kind: string; tick?: number; reason?: string }[] = [];
    socket.on('message', (data) => frames.push(JSON.parse(String(data))));
    await expect.poll(() => frames.some((frame) => frame.kind === 'tick')).toBe(true);
    await audience.goto(present.showUrl);
    await expectSettledAt(audience, 0, 0);

    const lastTick = () => frames.filter((frame) => frame.kind === 'tick').at(-1)!.tick!;
    const tick = lastTick();
    const command = (seq: number, at = tick) => JSON.stringify({ kind: 'sync', tick: at, message: { kind: 'command', sender: 'burst', role: 'presenter', seq, command: { type: 'next' } } });
    const started = Date.now();
    for (let seq = 0; seq < 1000; seq++) socket.send(command(seq));
    await new Promise<void>((done) => socket.send('', () => done()));
    const sentInMs = Date.now() - started;
    await expect.poll(() => frames.some((frame) => frame.kind === 'dropped' && frame.reason === 'limited')).toBe(true);
    await audience.waitForTimeout(1000);
    const moved = await placeIndex(audience);
    const burstSeconds = (Date.now() - started) / 1000;
    expect(moved, `a burst sent in ${sentInMs} ms moved the show ${moved} steps`).toBeGreaterThan(0);
    // At most the bucket's burst and what it can have refilled since the first command: ten-odd, not a thousand.
    expect(moved).toBeLessThanOrEqual(PHONE_BURST + Math.floor(burstSeconds * PHONE_PER_SECOND));
    console.log(`1,000 commands sent in ${sentInMs} ms; the show moved ${moved} steps`);
    // A moment later the limit has let go: one press, one step.
    socket.send(command(1000, lastTick()));
    await expect.poll(() => placeIndex(audience)).toBe(moved + 1);
    socket.close();
    await context.close();
  });
});

test.describe('the pairing code on the speaker’s screens', () => {
  test('the presenter window shows the code, not the room’s screen; the phone paired with it drives the show, and the code goes', async ({ browser }) => {
    const present = await startPresent([]);
    try {
      const audience = await openAudience(browser, present.showUrl);
      const presenter = await audience.context().newPage();
      await presenter.goto(present.presenterUrl!);
      const card = presenter.locator('[data-pairing-card]');
      await expect(card).toBeVisible();
      await expect(card.locator('[data-pairing-url]')).toHaveText(present.pairUrl);
      await expect(card.getByRole('img', { name: 'QR code of the phone remote’s address' })).toBeVisible();
      expect(await violations(presenter)).toEqual([]);
      await presenter.screenshot({ path: 'test-results/pairing-in-presenter.png' });
      await expect(audience.locator('[data-pairing-card]')).toHaveCount(0);

      // The phone scans the code the presenter window draws.
      const context = await browser.newContext(PHONE);
      const { page: phone, errors } = await openPhone(context, (await card.locator('[data-pairing-url]').textContent())!);
      await expect(phone.locator('[data-remote-connection="connected"]')).toBeVisible();
      await expect(card).toHaveCount(0);
      await expectSettledAt(audience, 0, 0);
      await phone.getByRole('button', { name: 'Next', exact: true }).click();
      await expectSettledAt(audience, everyStep[1]!.sceneId, everyStep[1]!.step);
      expect(errors).toEqual([]);

      // A new code (Enter in the terminal) shows again, for the next phone.
      const next = await present.pairAgain();
      await expect(card.locator('[data-pairing-url]')).toHaveText(next);
      await context.close();
      await audience.context().close();
    } finally {
      await present.stop();
    }
  });

  test('with --code-on-audience the room’s screen shows it instead, until the phone pairs', async ({ browser }) => {
    const present = await startPresent(['--code-on-audience']);
    try {
      const audience = await openAudience(browser, present.showUrl);
      const presenter = await audience.context().newPage();
      await presenter.goto(present.presenterUrl!);
      const card = audience.locator('[data-pairing-card]');
      await expect(card.locator('[data-pairing-url]')).toHaveText(present.pairUrl);
      await expect(presenter.locator('[data-pairing-card]')).toHaveCount(0);
      const context = await browser.newContext(PHONE);
      const { page: phone } = await openPhone(context, present.pairUrl);
      await expect(phone.locator('[data-remote-connection="connected"]')).toBeVisible();
      await expect(card).toHaveCount(0);
      await context.close();
      await audience.context().close();
    } finally {
      await present.stop();
    }
  });
});

test.describe('the staff’s phone at a kiosk', () => {
  let present: PresentCommand;

  test.beforeAll(async () => {
    present = await startPresent(['--kiosk', '--pin', '2468']);
  });
  test.afterAll(async () => present?.stop());

  test('the console restarts the kiosk’s loop only with the PIN, and its Pause holds until Resume', async ({ browser }) => {
    // The page's clock is Playwright's (running as time does), so the idle time can be jumped over.
    const kiosk = await openAudience(browser, present.showUrl, { clock: true });
    // A visitor moves the show on.
    await kiosk.keyboard.press('ArrowRight');
    await kiosk.keyboard.press('ArrowRight');
    await expect.poll(() => placeIndex(kiosk)).toBeGreaterThan(0);
    const visited = await shownPosition(kiosk);

    const context = await browser.newContext(PHONE);
    const { page: console, errors } = await openPhone(context, present.pairUrl);
    await expect(console).toHaveURL(/\/index\.html\?view=console$/);
    await expect(console.locator('[data-console-connection="connected"]')).toBeVisible();
    await expect(console.getByRole('button', { name: 'Restart loop' })).toHaveCount(0);

    await console.getByLabel('Kiosk PIN').fill('1357');
    await console.getByRole('button', { name: 'Open the console' }).click();
    await expect(console.locator('[data-pin-verdict="wrong"]')).toHaveText('That PIN is not right.');
    await expect(console.getByRole('button', { name: 'Restart loop' })).toHaveCount(0);
    expect(await shownPosition(kiosk)).toEqual(visited);

    await console.getByLabel('Kiosk PIN').fill('2468');
    await console.getByRole('button', { name: 'Open the console' }).click();
    await expect(console.locator('[data-status-where]')).toContainText(deck.scenes.find((scene) => scene.id === visited.scene)!.title);
    expect(await violations(console)).toEqual([]);
    await console.screenshot({ path: 'test-results/staff-console.png', fullPage: true });

    await console.getByRole('button', { name: 'Restart loop' }).click();
    await expect(console.locator('[data-console-done="restart-loop"]')).toBeVisible();
    await expectSettledAt(kiosk, 0, 0);
    await expect(console.locator('[data-status-where]')).toContainText(deck.scenes[0]!.title);

    await console.getByRole('button', { name: 'Pause' }).click();
    await expect(console.locator('[data-status-state]')).toContainText('Paused by staff');
    // Paused, the page holds: a visitor's keys and taps move nothing and take nothing over, and
    // the idle return (minutes on the page's clock) does not start the show again.
    await expect(kiosk.locator('[data-autoplay-progress]')).toHaveAttribute('data-playing', 'false');
    const held = await shownPosition(kiosk);
    await kiosk.keyboard.press('ArrowRight');
    await kiosk.mouse.click(1000, 360);
    await kiosk.mouse.click(1000, 360);
    await kiosk.clock.fastForward('05:00');
    await kiosk.waitForTimeout(500);
    expect(await shownPosition(kiosk)).toEqual(held);
    await expect(kiosk.locator('[data-autoplay-progress]')).toHaveAttribute('data-playing', 'false');
    await console.getByRole('button', { name: 'Resume' }).click();
    await expect(console.locator('[data-status-state]')).toContainText('Playing');
    await expect(kiosk.locator('[data-autoplay-progress]')).toHaveAttribute('data-playing', 'true');
    expect(errors).toEqual([]);
    await context.close();
    await kiosk.context().close();
  });
});
