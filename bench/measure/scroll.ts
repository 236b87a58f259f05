/**
 * Frame pacing while a reader goes through the whole scroll story (`?mode=scroll`, snapping
 * on, as published), every frame stamped in the page, long animation frames counted. Two
 * readers:
 *
 * - **desktop**, 1920x1080 at full CPU speed: wheel events at a steady pace from the top to
 *   the bottom. Each event is three 100 px notches: a wheel event of 200 px or less is pulled
 *   back by the proximity snap to the resting place it left (as seen in headless Chromium
 *   through CDP wheel events), so smaller ones never get through the story.
 * - **phone**, 390x844 (a mobile browser with touch) with the CPU slowed four times, as a
 *   phone's: a thumb's swipe up, most of a screen long, after another, as CDP touch events,
 *   which the browser scrolls, flings and snaps as it does a real finger's (CDP's synthesized
 *   touch scroll gesture did not move the page here). At one
 *   device pixel per CSS pixel: this machine rasters in software, where a phone has a GPU, so
 *   a phone's three would weigh the pixels, not the page's work.
 */
import type { BrowserContextOptions, CDPSession, Page } from '@playwright/test';
import { framesIn, startFrameRecorder, supportsLongAnimationFrames } from '../page-frames.ts';
import { summariseFrames } from '../stats.ts';
import { newBenchContext } from '../browser-context.ts';
import { figure, type BenchContext, type Figure, type Measurement } from '../figures.ts';
import { VIEWPORT } from './viewport.ts';

/** One wheel event (three notches of a mouse wheel), and how often one comes. */
const WHEEL_PX = 300;
const WHEEL_EVERY_MS = 50;
/** A phone: the viewport of a common one, the CPU four times slower, a swipe a screen long at a thumb's pace. */
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const PHONE_CPU_SLOWDOWN = 4;
/** A swipe: 700 px in 14 moves about 16 ms apart (a brisk thumb), then a pause before the next. */
const SWIPE_PX = 700;
const SWIPE_MOVES = 14;
const SWIPE_MOVE_EVERY_MS = 16;
const SWIPE_PAUSE_MS = 300;

/** Where the page is, and where the story ends: its last resting place (the snap holds the page there), or the bottom. */
const scrollPosition = (page: Page) =>
  page.evaluate(() => {
    const bottom = document.documentElement.scrollHeight - window.innerHeight;
    const rests = [...document.querySelectorAll<HTMLElement>('[data-rest]')];
    const lastRest = rests.length ? rests.at(-1)!.getBoundingClientRect().top + window.scrollY : bottom;
    return { y: window.scrollY, end: Math.min(bottom, Math.round(lastRest)), now: performance.now() };
  });

interface Reader {
  name: string;
  options: BrowserContextOptions;
  cpuSlowdown: number;
  /** Moves the page on once; `checkEvery` moves between checks on whether it still moves. */
  move(page: Page, cdp: CDPSession, quick: boolean): Promise<void>;
  checkEvery: number;
}

const desktop: Reader = {
  name: 'desktop',
  options: { viewport: VIEWPORT },
  cpuSlowdown: 1,
  checkEvery: 5,
  async move(page, _cdp, quick) {
    // A quick run wheels twice as far at a time: the whole story, in half the frames.
    await page.mouse.wheel(0, quick ? WHEEL_PX * 2 : WHEEL_PX);
    await page.waitForTimeout(WHEEL_EVERY_MS);
  },
};

const phone: Reader = {
  name: 'phone',
  options: PHONE,
  cpuSlowdown: PHONE_CPU_SLOWDOWN,
  checkEvery: 1,
  async move(page, cdp, quick) {
    // A quick run leaves no pause between swipes.
    await swipeUp(cdp);
    if (!quick) await page.waitForTimeout(SWIPE_PAUSE_MS);
  },
};

/** A thumb's swipe up, most of a screen long, as touch events (the browser scrolls, flings and snaps as for a finger). */
async function swipeUp(cdp: CDPSession): Promise<void> {
  const { width, height } = PHONE.viewport!;
  const x = width / 2;
  const from = height * 0.92;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: from }] });
  for (let move = 1; move <= SWIPE_MOVES; move++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: from - (SWIPE_PX * move) / SWIPE_MOVES }] });
    await new Promise((resolve) => setTimeout(resolve, SWIPE_MOVE_EVERY_MS));
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function read(context: BenchContext, reader: Reader) {
  const browserContext = await newBenchContext(context.browser, reader.options);
  try {
    const page = await browserContext.newPage();
    const cdp = await browserContext.newCDPSession(page);
    await page.goto(`${context.isolatedUrl}/index.html?mode=scroll`);
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await page.waitForSelector('html[data-settled]', { state: 'attached' });
    const told = await page.locator('[data-scroll-story]').getAttribute('data-reading');
    if (told !== 'false') throw new Error(`the ${reader.name}'s scroll story is reflowed as an article (data-reading="${told}"), not told as a story`);
    const { width, height } = reader.options.viewport!;
    await page.mouse.move(width / 2, height / 2);
    await startFrameRecorder(page);
    const loafSupported = await supportsLongAnimationFrames(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: reader.cpuSlowdown });
    const start = await scrollPosition(page);
    let position = start;
    let moves = 0;
    let stuck = 0;
    while (position.y < position.end - 1 && stuck < 3) {
      await reader.move(page, cdp, context.quick);
      moves++;
      if (moves % reader.checkEvery !== 0) continue;
      const now = await scrollPosition(page);
      stuck = now.y <= position.y + 1 ? stuck + 1 : 0;
      position = now;
    }
    await page.waitForSelector('html[data-settled]', { state: 'attached' });
    const end = await scrollPosition(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const { frameMs, longFrames } = await framesIn(page, [{ startMs: start.now, endMs: end.now }]);
    const reachedEnd = end.y >= end.end - 1;
    context.log(
      `  ${reader.name}: ${moves} ${reader === phone ? 'swipes' : 'wheel events'} over ${end.end.toFixed(0)} px in ${((end.now - start.now) / 1000).toFixed(1)} s${reachedEnd ? '' : `; the page stopped moving at ${end.y.toFixed(0)} px`}`,
    );
    return { frames: summariseFrames(frameMs), longFrames, loafSupported, moves, storyPx: end.end, endY: end.y, reachedEnd, seconds: (end.now - start.now) / 1000 };
  } finally {
    await browserContext.close();
  }
}

type Reading = Awaited<ReturnType<typeof read>>;

/** The figures of one reader; the desktop's keep the ids they always had, the phone's are prefixed. */
function figuresOf(reading: Reading, prefix: string, label: string): Figure[] {
  const id = (name: string) => (prefix ? `${prefix}-${name}` : name);
  return [
    figure(id('frames'), `${label}frames`, reading.frames.frames, 'frames'),
    figure(id('p50'), `${label}p50 frame`, reading.frames.p50Ms, 'ms'),
    figure(id('p95'), `${label}p95 frame`, reading.frames.p95Ms, 'ms'),
    figure(id('p99'), `${label}p99 frame`, reading.frames.p99Ms, 'ms'),
    figure(id('max'), `${label}worst frame`, reading.frames.maxMs, 'ms'),
    figure(id('long-frames'), `${label}long animation frames (>50 ms)`, reading.loafSupported ? reading.longFrames.length : Number.NaN, 'frames'),
    figure(id('covered'), `${label}share of the story gone through`, Math.min(100, (100 * reading.endY) / Math.max(1, reading.storyPx)), '%'),
  ];
}

export const scroll = {
  name: 'scroll',
  async run(context: BenchContext): Promise<Measurement> {
    const onDesktop = await read(context, desktop);
    const onPhone = await read(context, phone);
    return {
      name: 'scroll',
      title: 'Scroll story',
      method:
        `?mode=scroll, snapping on. Desktop: 1920x1080, wheel events of ${context.quick ? WHEEL_PX * 2 : WHEEL_PX} px every ${WHEEL_EVERY_MS} ms (plus the round trip) from the top to the bottom. ` +
        `Phone: 390x844 as a mobile browser with touch, one device pixel per CSS pixel, the CPU ${PHONE_CPU_SLOWDOWN}x slower (CDP Emulation.setCPUThrottlingRate), touch swipes up of ${SWIPE_PX} px in ${SWIPE_MOVES} moves ${SWIPE_MOVE_EVERY_MS} ms apart${context.quick ? '' : `, ${SWIPE_PAUSE_MS} ms between swipes`}, to the bottom. ` +
        'Frame times from requestAnimationFrame stamps in the page.',
      figures: [...figuresOf(onDesktop, '', ''), ...figuresOf(onPhone, 'phone-4x', `phone, CPU ${PHONE_CPU_SLOWDOWN}x: `)],
      details: { desktop: onDesktop, phone: onPhone },
    };
  },
};
