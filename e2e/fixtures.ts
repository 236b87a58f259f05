/**
 * Shared test setup for the browser specs: the real deck (loaded by the same loader
 * the app uses), a page that fails the test on any console error or uncaught
 * exception, and helpers that read what the audience actually sees.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { deck } from './deck.ts';

export { deck };

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** What the page says it shows (the document-state contract). */
export async function shownPosition(page: Page): Promise<{ scene: string | undefined; step: string | undefined }> {
  return page.evaluate(() => ({ scene: document.documentElement.dataset.scene, step: document.documentElement.dataset.step }));
}

/**
 * The presenter view in a new page of `context` (1280x800 unless `size` says), with `query` added to
 * `?view=presenter`. Resolved once the view is mounted or, with `ready`, once it has heard the show
 * and laid it out (an audience window must be open for that).
 */
export async function openPresenter(
  context: BrowserContext,
  options: { size?: { width: number; height: number }; query?: string; ready?: boolean } = {},
): Promise<Page> {
  const presenter = await context.newPage();
  await presenter.setViewportSize(options.size ?? { width: 1280, height: 800 });
  await presenter.goto(`./?view=presenter${options.query ?? ''}`);
  await presenter.waitForSelector(options.ready ? 'html[data-ready]' : '[data-presenter]');
  return presenter;
}

export async function openDeck(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await page.waitForSelector('html[data-ready]');
}

export interface StepOnScreen {
  index: number;
  text: string;
  opacity: number;
  insideStage: boolean;
}

/** Each step block of the scene on stage, with its opacity and whether it lies wholly inside the stage. */
export async function stepsOnScreen(page: Page): Promise<StepOnScreen[]> {
  return page.evaluate(() => {
    const stage = document.querySelector('[data-stage]')!.getBoundingClientRect();
    const scenes = document.querySelectorAll('[data-scene-id]');
    const scene = scenes[scenes.length - 1]!;
    return [...scene.querySelectorAll<HTMLElement>('[data-step-index]')].map((element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const tolerance = 1;
      return {
        index: Number(element.dataset.stepIndex),
        text: element.innerText.replace(/\s+/g, ' ').trim(),
        opacity: style.visibility === 'hidden' ? 0 : Number(style.opacity),
        insideStage:
          box.left >= stage.left - tolerance &&
          box.right <= stage.right + tolerance &&
          box.top >= stage.top - tolerance &&
          box.bottom <= stage.bottom + tolerance,
      };
    });
  });
}

/** The steps of a scene that should be on screen at `step`: from the last clearing step up to it. */
export function expectedVisibleSteps(sceneIndex: number, step: number): number[] {
  const steps = deck.scenes[sceneIndex]!.steps;
  let first = 0;
  for (let index = 0; index <= step; index++) if (steps[index]!.clear) first = index;
  return Array.from({ length: step - first + 1 }, (_, offset) => first + offset);
}

/** A scene's place in the deck, from its id: specs name scenes, so a scene added before one moves no test. */
export function sceneIndexOf(id: string): number {
  const index = deck.scenes.findIndex((scene) => scene.id === id);
  if (index < 0) throw new Error(`the deck has no scene "${id}"`);
  return index;
}

/** Waits until the scene on stage (by id, or by index where the number itself matters) has settled at `step` and returns what is shown. */
export async function expectSettledAt(page: Page, sceneIdOrIndex: string | number, step: number): Promise<StepOnScreen[]> {
  const sceneIndex = typeof sceneIdOrIndex === 'string' ? sceneIndexOf(sceneIdOrIndex) : sceneIdOrIndex;
  const scene = deck.scenes[sceneIndex]!;
  await expect.poll(() => shownPosition(page)).toEqual({ scene: scene.id, step: String(step) });
  await waitForSettled(page);
  await expect(page.locator('[data-scene-id]')).toHaveCount(1);
  const visible = expectedVisibleSteps(sceneIndex, step);
  await expect
    .poll(async () => (await stepsOnScreen(page)).map((shown) => (shown.opacity > 0.99 ? 'on' : shown.opacity < 0.01 ? 'off' : 'moving')), {
      message: `${scene.id} step ${step} settles`,
    })
    .toEqual(scene.steps.map((_, index) => (visible.includes(index) ? 'on' : 'off')));
  return stepsOnScreen(page);
}

/** Waits for the document-state contract's `data-settled`: the step's motion has finished. */
export async function waitForSettled(page: Page): Promise<void> {
  await page.waitForSelector('html[data-settled]', { state: 'attached', timeout: 15_000 });
}

/** Every place in the deck, in playing order. */
export const everyStep: { sceneIndex: number; sceneId: string; step: number }[] = deck.scenes.flatMap((scene, sceneIndex) =>
  scene.steps.map((_, step) => ({ sceneIndex, sceneId: scene.id, step })),
);
