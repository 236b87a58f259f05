/**
 * Phone remote latency: from a tap on the phone page's Next button (a 390x844 touch page paired
 * through `npm run present`'s relay) to the audience page's new `data-step`, both stamped inside
 * the browser on one clock (timeOrigin + now across the two pages of one browser), so Playwright's
 * round trips are not counted. The path is the real one: the phone's socket, the relay's checks
 * (the sync schema, the rate limit, the tick), the audience page's socket, its player. Loopback.
 */
import type { Page } from '@playwright/test';
import { startRemoteServer } from '../../src/remote/remote-server.ts';
import { PHONE_PER_SECOND } from '../../src/remote/relay.ts';
import { median, percentile } from '../stats.ts';
import { stepSeenAt, watchForStep } from '../step-seen.ts';
import { newBenchContext } from '../browser-context.ts';
import { figure, type BenchContext, type Measurement } from '../figures.ts';

async function oneTap(phone: Page, audience: Page, button: 'Next' | 'Previous', expectedStep: string): Promise<number> {
  await watchForStep(audience, expectedStep);
  await phone.getByRole('button', { name: button, exact: true }).tap();
  const seenAt = await stepSeenAt(audience);
  const tapAt = await phone.evaluate(() => (window as unknown as { __tapAt: number }).__tapAt);
  await audience.waitForSelector('html[data-settled]', { state: 'attached' });
  // Under the relay's rate limit, as a speaker's taps are.
  await phone.waitForTimeout(1000 / PHONE_PER_SECOND);
  return seenAt - tapAt;
}

export const phoneRemote = {
  name: 'phone-remote',
  async run(context: BenchContext): Promise<Measurement> {
    const taps = context.quick ? 9 : 41;
    const scene = context.deck.scenes.find((candidate) => candidate.steps.length >= 2)!;
    const server = await startRemoteServer({ root: context.rendererDir, hosts: ['127.0.0.1'], purpose: 'remote' });
    const audienceContext = await newBenchContext(context.browser, { viewport: { width: 1280, height: 800 } });
    const phoneContext = await newBenchContext(context.browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      const audience = await audienceContext.newPage();
      await audience.goto(server.showUrl({}, `#/${scene.id}/0`));
      await audience.waitForSelector('html[data-ready]', { state: 'attached' });
      const phone = await phoneContext.newPage();
      await phone.goto(server.pair().url);
      await phone.waitForSelector('[data-remote-connection="connected"]');
      await phone.waitForFunction((id) => document.documentElement.dataset.scene === id, scene.id);
      await phone.evaluate(() =>
        addEventListener('pointerdown', () => ((window as unknown as { __tapAt: number }).__tapAt = performance.timeOrigin + performance.now()), { capture: true }),
      );
      const latencies: number[] = [];
      for (let index = 0; index < taps; index++) {
        const forward = index % 2 === 0;
        latencies.push(await oneTap(phone, audience, forward ? 'Next' : 'Previous', forward ? '1' : '0'));
      }
      return {
        name: 'phone-remote',
        title: 'Phone remote',
        method: `${taps} taps on Next / Previous in a paired 390x844 phone page (?view=remote), timed from the tap's pointerdown to the audience page's data-step change, on one in-browser clock; through the relay of npm run present on loopback (two WebSockets, the relay's checks between).`,
        figures: [figure('median', `median of ${taps} taps`, median(latencies), 'ms'), figure('p95', 'p95', percentile(latencies, 0.95), 'ms')],
        details: { latencies },
      };
    } finally {
      await phoneContext.close();
      await audienceContext.close();
      await server.close();
    }
  },
};
