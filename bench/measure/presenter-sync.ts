/**
 * Presenter sync latency: from a key pressed in the presenter window to the audience page's
 * new `data-step`, both stamped inside the browser (the two pages share one browser context
 * and BroadcastChannel; timeOrigin + now is one clock across them), so Playwright's round
 * trips are not counted. The presenter is opened as a speaker opens it, with S: a window of
 * its own. (A second tab instead would leave the audience a background tab, drawn once a second.)
 */
import type { Page } from '@playwright/test';
import { median, percentile } from '../stats.ts';
import { stepSeenAt, watchForStep } from '../step-seen.ts';
import { newBenchContext } from '../browser-context.ts';
import { figure, type BenchContext, type Measurement } from '../figures.ts';

async function oneCommand(presenter: Page, audience: Page, key: 'PageDown' | 'PageUp', expectedStep: string): Promise<number> {
  await watchForStep(audience, expectedStep);
  await presenter.keyboard.press(key);
  const seenAt = await stepSeenAt(audience);
  const keyAt = await presenter.evaluate(() => (window as unknown as { __keyAt: number }).__keyAt);
  // Let the audience's step settle, so every command starts from a still show.
  await audience.waitForSelector('html[data-settled]', { state: 'attached' });
  return seenAt - keyAt;
}

export const presenterSync = {
  name: 'presenter-sync',
  async run(context: BenchContext): Promise<Measurement> {
    const commands = context.quick ? 9 : 41;
    const scene = context.deck.scenes.find((candidate) => candidate.steps.length >= 2)!;
    const browserContext = await newBenchContext(context.browser, { viewport: { width: 1280, height: 800 } });
    try {
      const audience = await browserContext.newPage();
      await audience.goto(`${context.url}/index.html#/${scene.id}/0`);
      await audience.waitForSelector('html[data-ready]', { state: 'attached' });
      const opened = browserContext.waitForEvent('page');
      await audience.keyboard.press('s');
      const presenter = await opened;
      await presenter.waitForSelector('[data-presenter]');
      await presenter.waitForFunction((id) => document.querySelector('[data-next-preview]')?.getAttribute('data-next-scene') === id, scene.id);
      await presenter.evaluate(() =>
        addEventListener('keydown', () => ((window as unknown as { __keyAt: number }).__keyAt = performance.timeOrigin + performance.now()), { capture: true }),
      );
      const latencies: number[] = [];
      for (let index = 0; index < commands; index++) {
        const forward = index % 2 === 0;
        latencies.push(await oneCommand(presenter, audience, forward ? 'PageDown' : 'PageUp', forward ? '1' : '0'));
      }
      return {
        name: 'presenter-sync',
        title: 'Presenter sync',
        method: `${commands} Page Down / Page Up presses in a presenter page (?view=presenter), timed from the presenter's keydown to the audience page's data-step change, on one in-browser clock; BroadcastChannel between two pages of one context.`,
        figures: [figure('median', `median of ${commands} commands`, median(latencies), 'ms'), figure('p95', 'p95', percentile(latencies, 0.95), 'ms')],
        details: { latencies },
      };
    } finally {
      await browserContext.close();
    }
  },
};
