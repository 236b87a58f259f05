/**
 * The monkey's parts: a seeded generator (so a failure replays from its seed), the inputs a
 * visitor or a speaker can make, drawn at random by weight, how each is played on a page, and
 * the one invariant checked between batches: the page shows a scene of the deck at a step it has.
 */
import type { CDPSession, Page } from '@playwright/test';
import type { Deck } from '../src/shared/deck.ts';
import { mulberry32 } from '../src/shared/seeded-random.ts';

/**
 * The seed CI plays. A gate must give the same verdict on the same commit: a fresh seed there made
 * a landing depend on the draw (the bug seed 3078850167 found was real, but it blocked a change that
 * had nothing to do with it). Fresh seeds are for exploring: `npm run test:monkey`, and any run
 * outside CI.
 */
export const CI_MONKEY_SEED = 20261206;

/** MONKEY_SEED when given (to replay a failure), CI's fixed seed under CI, else a fresh one. */
export function monkeySeed(env: Record<string, string | undefined> = process.env): number {
  const given = env.MONKEY_SEED;
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isInteger(seed)) throw new Error(`MONKEY_SEED must be an integer, not "${given}"`);
    return seed >>> 0;
  }
  if (env.CI) return CI_MONKEY_SEED;
  return Math.floor(Math.random() * 2 ** 32);
}

/** Each mode's own stream from the one seed, so a single mode replays alone (`-g <mode>`). */
export function streamFor(seed: number, mode: string): () => number {
  let hash = seed >>> 0;
  for (const char of mode) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return mulberry32(hash);
}

export type MonkeyInput =
  | { kind: 'key'; key: string }
  | { kind: 'scene-number'; digits: string }
  | { kind: 'click'; x: number; y: number }
  | { kind: 'wheel'; x: number; y: number; dx: number; dy: number }
  | { kind: 'tap'; x: number; y: number }
  | { kind: 'swipe'; x: number; y: number; dx: number; dy: number }
  | { kind: 'resize'; width: number; height: number }
  | { kind: 'clock'; ms: number }
  | { kind: 'presenter-key'; key: string }
  | { kind: 'presenter-button'; which: 'previous' | 'next' | 'blackout' | 'autoplay' | 'notes-smaller' | 'notes-larger' }
  | { kind: 'presenter-scene'; scene: number };

export type InputKind = MonkeyInput['kind'];

/** What the monkey may do in a mode, and how often (relative weights). */
export type Weights = Partial<Record<InputKind, number>>;

export const SHOW_KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', ' ', 'Enter', 'Backspace', 'n', 'p', 'Home', 'End', 'b', '.', 'a', '?', 'Escape', 'f', 'o'];
/**
 * Window shapes a show meets, kept small (the layouts depend on the shape, the cost of drawing
 * on the size): wide, 4:3, a portrait kiosk, and narrower than the story's reading layout (720 px).
 */
export const SIZES = [
  { width: 800, height: 450 },
  { width: 960, height: 540 },
  { width: 800, height: 600 },
  { width: 450, height: 800 },
  { width: 600, height: 800 },
  { width: 1280, height: 720 },
];

export interface DrawContext {
  random: () => number;
  deck: Deck;
  viewport: { width: number; height: number };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

const between = (random: () => number, low: number, high: number) => Math.round(low + random() * (high - low));

export function drawInput(weights: Weights, { random, deck, viewport }: DrawContext): MonkeyInput {
  const entries = Object.entries(weights) as [InputKind, number][];
  let roll = random() * entries.reduce((sum, [, weight]) => sum + weight, 0);
  let kind = entries[0]![0];
  for (const [candidate, weight] of entries) {
    roll -= weight;
    if (roll < 0) {
      kind = candidate;
      break;
    }
  }
  const x = between(random, 1, viewport.width - 2);
  const y = between(random, 1, viewport.height - 2);
  switch (kind) {
    case 'key':
      return { kind, key: pick(random, SHOW_KEYS) };
    case 'scene-number':
      // Now and then a scene that does not exist: the show must say so, not break.
      return { kind, digits: String(between(random, 0, deck.scenes.length + 2)) };
    case 'click':
      return { kind, x, y };
    case 'wheel':
      return { kind, x, y, dx: random() < 0.1 ? between(random, -200, 200) : 0, dy: pick(random, [-1, 1]) * between(random, 20, 1500) };
    case 'tap':
      return { kind, x, y };
    case 'swipe':
      return { kind, x, y, dx: pick(random, [-1, 1]) * between(random, 10, 400), dy: between(random, -150, 150) };
    case 'resize':
      return { kind, ...pick(random, SIZES) };
    case 'clock':
      return { kind, ms: random() < 0.1 ? 61_000 : between(random, 16, 15_000) };
    case 'presenter-key':
      // With the overview (o) and the private look-ahead (], [, l) among them: the clicker's keys go on driving the show.
      return { kind, key: pick(random, ['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End', 'b', 'a', 'Escape', 'o', ']', '[', 'l']) };
    case 'presenter-button':
      return { kind, which: pick(random, ['previous', 'next', 'blackout', 'autoplay', 'notes-smaller', 'notes-larger'] as const) };
    case 'presenter-scene':
      return { kind, scene: between(random, 0, deck.scenes.length - 1) };
  }
}

export function describeInput(input: MonkeyInput): string {
  const { kind, ...rest } = input;
  return `${kind} ${JSON.stringify(rest)}`;
}

/** The pages an input can land on: the show, and in presenter mode the presenter window. */
export interface Stage {
  page: Page;
  /** For touches and the wheel, sent straight to the browser's input: one round trip each. */
  cdp: CDPSession;
  presenter?: Page;
  /** The show runs on Playwright's clock (kiosk, autoplay): `clock` inputs move it. */
  clocked: boolean;
}

export async function play(stage: Stage, input: MonkeyInput): Promise<void> {
  const { page } = stage;
  switch (input.kind) {
    case 'key':
      await page.keyboard.press(input.key);
      return;
    case 'scene-number':
      for (const digit of input.digits) await page.keyboard.press(digit);
      await page.keyboard.press('Enter');
      return;
    case 'click':
      await page.mouse.click(input.x, input.y);
      return;
    case 'wheel':
      await stage.cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: input.x, y: input.y, deltaX: input.dx, deltaY: input.dy });
      return;
    case 'tap':
      await stage.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: input.x, y: input.y }] });
      await stage.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      return;
    case 'swipe':
      await stage.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: input.x, y: input.y }] });
      await stage.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: input.x + input.dx / 2, y: input.y + input.dy / 2 }] });
      await stage.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: input.x + input.dx, y: input.y + input.dy }] });
      await stage.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      return;
    case 'resize':
      await page.setViewportSize({ width: input.width, height: input.height });
      return;
    case 'clock':
      if (stage.clocked) await page.clock.runFor(input.ms);
      return;
    case 'presenter-key':
      await stage.presenter!.keyboard.press(input.key);
      return;
    case 'presenter-button': {
      const presenter = stage.presenter!;
      // In the order the presenter view lays them out: the step controls, then the notes' A− and A+.
      const button = input.which.startsWith('notes-')
        ? presenter.locator('section.notes button').nth(input.which === 'notes-smaller' ? 0 : 1)
        : presenter.locator('.controls button').nth(['previous', 'next', 'blackout', 'autoplay'].indexOf(input.which));
      // A control the presenter shows disabled (the notes at their smallest) is a click that does nothing.
      // Forced: a speaker does not wait for the previews to stop moving before clicking.
      if (await button.isEnabled()) await button.click({ force: true });
      return;
    }
    case 'presenter-scene':
      await stage.presenter!.locator('[data-scene-button]').nth(input.scene).click({ force: true });
      return;
  }
}

/** The invariant: the page shows one of the deck's scenes, at a step that scene has. Null when it holds. */
export async function invalidState(page: Page, deck: Deck): Promise<string | null> {
  const { scene, step, url, ready } = await page.evaluate(() => ({
    scene: document.documentElement.dataset.scene,
    step: document.documentElement.dataset.step,
    url: location.href,
    ready: document.documentElement.hasAttribute('data-ready'),
  }));
  const shown = deck.scenes.find((candidate) => candidate.id === scene);
  if (!shown) return `data-scene is "${scene}", not a scene of the deck (at ${url}, ${ready ? 'ready' : 'not ready'})`;
  const index = Number(step);
  if (!Number.isInteger(index) || index < 0 || index >= shown.steps.length) return `data-step is "${step}" in ${scene}, which has steps 0 to ${shown.steps.length - 1}`;
  return null;
}
