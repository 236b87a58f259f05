/**
 * A monkey at the show: random keys, clicks, wheel turns, taps, swipes, resizes and presenter
 * commands in every mode (950 by default, about two minutes on the 2-core bench machine;
 * MONKEY_INPUTS=3 plays three times as many), drawn from one seed: a fresh one each run, except
 * under CI, which plays a fixed seed so a commit gets the same verdict each time (`npm run
 * test:monkey` explores with fresh ones). After every batch nothing may
 * have thrown or logged an error, and the page must show a scene of the deck at a step that
 * scene has. A failure prints its seed and its last inputs: MONKEY_SEED=<seed> plays the same
 * inputs again (one mode alone with -g <mode>; the timing of the show's motion is real time, so
 * the replay is of the inputs, not of every frame).
 */
import type { Page } from '@playwright/test';
import { openOnPausedClock } from '../kiosk-clock.ts';
import { describeInput, drawInput, invalidState, monkeySeed, play, streamFor, type MonkeyInput, type Stage, type Weights } from '../monkey.ts';
import { deck, expect, openDeck, test } from '../fixtures.ts';

const SEED = monkeySeed();
const SCALE = Number(process.env.MONKEY_INPUTS ?? 1);
const BATCH = 25;

interface Mode {
  name: string;
  inputs: number;
  weights: Weights;
  open: (page: Page) => Promise<void>;
  clocked: boolean;
}

const MODES: Mode[] = [
  {
    name: 'present',
    inputs: 260,
    weights: { key: 40, 'scene-number': 6, click: 10, wheel: 10, tap: 8, swipe: 8, resize: 3 },
    open: (page) => openDeck(page),
    clocked: false,
  },
  {
    name: 'autoplay',
    inputs: 160,
    weights: { key: 30, clock: 15, click: 8, wheel: 8, tap: 6, swipe: 6, 'scene-number': 3, resize: 2 },
    open: async (page) => {
      await page.clock.install();
      await openDeck(page, '?mode=autoplay');
    },
    clocked: true,
  },
  {
    name: 'kiosk',
    inputs: 180,
    weights: { clock: 25, key: 25, tap: 12, swipe: 10, wheel: 10, click: 8, 'scene-number': 3, resize: 3 },
    open: (page) => openOnPausedClock(page, './?kiosk&idle=30'),
    clocked: true,
  },
  {
    name: 'scroll',
    inputs: 260,
    weights: { wheel: 35, key: 30, 'scene-number': 5, swipe: 8, tap: 5, click: 5, resize: 6 },
    open: async (page) => {
      await page.goto('./?mode=scroll');
      await page.waitForSelector('html[data-ready]');
    },
    clocked: false,
  },
];

// Taps and swipes need a touch screen; the mouse and keys work as ever. A small window: the
// same layouts, less to draw per input.
test.use({ hasTouch: true, viewport: { width: 800, height: 450 } });

async function runMonkey(stage: Stage, mode: Pick<Mode, 'name' | 'inputs' | 'weights'>, consoleErrors: string[], extraCheck?: () => Promise<string | null>): Promise<void> {
  test.info().annotations.push({ type: 'monkey seed', description: `MONKEY_SEED=${SEED} (${mode.name})` });
  console.log(`monkey (${mode.name}): MONKEY_SEED=${SEED}${process.env.CI && !process.env.MONKEY_SEED ? ' (CI plays this one seed; npm run test:monkey draws fresh ones)' : ''}`);
  const random = streamFor(SEED, mode.name);
  const total = Math.max(BATCH, Math.round(mode.inputs * SCALE));
  const played: MonkeyInput[] = [];
  for (let batch = 1; played.length < total; batch++) {
    const inputs: MonkeyInput[] = [];
    const fail = (problem: string): never => {
      const replay = `MONKEY_SEED=${SEED} npx playwright test e2e/web/monkey.spec.ts --project web -g ${mode.name}`;
      const message = `monkey (${mode.name}, seed ${SEED}) after ${played.length + inputs.length} inputs, batch ${batch}: ${problem}\nlast inputs:\n  ${inputs.map(describeInput).join('\n  ')}\nreplay: ${replay}`;
      console.error(message);
      throw new Error(message);
    };
    for (let index = 0; index < Math.min(BATCH, total - played.length); index++) {
      const input = drawInput(mode.weights, { random, deck, viewport: stage.page.viewportSize()! });
      inputs.push(input);
      await play(stage, input).catch((error: Error) => fail(`the input could not be played: ${error.message.split('\n')[0]}`));
    }
    const problem = consoleErrors.length ? `errors: ${consoleErrors.join(' | ')}` : ((await invalidState(stage.page, deck)) ?? (await extraCheck?.()) ?? null);
    if (problem) fail(problem);
    played.push(...inputs);
  }
  expect(played).toHaveLength(total);
}

for (const mode of MODES) {
  test(`monkey: ${mode.name}`, async ({ page, consoleErrors }) => {
    test.setTimeout(120_000);
    await mode.open(page);
    const cdp = await page.context().newCDPSession(page);
    await runMonkey({ page, cdp, clocked: mode.clocked }, mode, consoleErrors);
  });
}

test('monkey: presenter', async ({ page, consoleErrors }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await page.waitForSelector('html[data-ready]');
  // Opened as a speaker opens it (S): a window of its own, so both pages keep drawing.
  const opened = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const presenter = await opened;
  presenter.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`presenter: ${message.text()}`);
  });
  presenter.on('pageerror', (error) => consoleErrors.push(`presenter: ${String(error)}`));
  await presenter.waitForSelector('[data-presenter]');
  const cdp = await page.context().newCDPSession(page);
  // The presenter follows the show: once the commands stop, it names the audience's scene.
  const presenterFollows = async () => {
    const audienceScene = await page.evaluate(() => document.documentElement.dataset.scene);
    const expected = deck.scenes.find((scene) => scene.id === audienceScene)?.title;
    try {
      await expect(presenter.locator('.where h1')).toHaveText(expected ?? '', { timeout: 5_000 });
      return null;
    } catch {
      return `the presenter shows "${await presenter.locator('.where h1').textContent()}" while the audience shows ${audienceScene}`;
    }
  };
  await runMonkey(
    { page, cdp, presenter, clocked: false },
    { name: 'presenter', inputs: 90, weights: { 'presenter-key': 30, 'presenter-button': 30, 'presenter-scene': 10, key: 15, click: 3 } },
    consoleErrors,
    presenterFollows,
  );
});
