/**
 * The command line's video export: the built renderer served on the loopback interface and
 * opened in headless Chromium (Playwright), which is the FrameDriver of the one video pipeline
 * (video/render-video.ts) the app's export takes too.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession } from 'playwright-core';
import clockScript from 'virtual:page-clock';
import { captureOverProtocol, type FrameDriver } from '../video/frame-driver.ts';
import { renderVideo, type VideoOptions, type VideoResult } from '../video/render-video.ts';
import { VideoError } from '../video/video-plan.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.ts';
import { serveFolder } from './static-server.ts';

export { VideoError } from '../video/video-plan.ts';
export { besideVideo } from '../video/render-video.ts';
export { parseFps, parseSize } from '../video/video-options.ts';

export interface CommandLineVideoOptions extends VideoOptions {
  rendererDir: string;
  executablePath?: string;
}

export async function exportVideo(options: CommandLineVideoOptions): Promise<VideoResult> {
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    throw new VideoError(`no built renderer in ${options.rendererDir}: run npm run build first`);
  }
  const server = await serveFolder(options.rendererDir);
  try {
    const driver = playwrightFrameDriver(options.executablePath ?? chromiumExecutable());
    return await renderVideo(driver, { origin: server.url, clockScript }, options);
  } finally {
    await server.close();
  }
}

/** Headless Chromium through Playwright, spoken to over its DevTools protocol session. */
export function playwrightFrameDriver(executablePath: string | undefined): FrameDriver {
  let browser: Browser | undefined;
  let session: CDPSession | undefined;
  const opened = (): CDPSession => {
    if (!session) throw new Error('the page is not open');
    return session;
  };
  const driver: FrameDriver = {
    async open(size) {
      browser = await launchBrowser(executablePath);
      const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
      session = await page.context().newCDPSession(page);
    },
    async navigate(url) {
      await opened().send('Page.navigate', { url });
    },
    // Playwright types each protocol method; the pipeline's commands are checked by the tests that run it.
    send: (method, params) => opened().send(method as 'Runtime.evaluate', params as never),
    capture: () => captureOverProtocol(driver),
    async close() {
      await browser?.close().catch(() => {});
    },
  };
  return driver;
}

async function launchBrowser(executablePath: string | undefined): Promise<Browser> {
  try {
    // Ctrl+C is the export's to answer (no partial file), not Playwright's.
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  } catch (error) {
    throw new VideoError(`no usable Chromium (${(error as Error).message.split('\n')[0]}): set CHROMIUM_PATH or apt-get install chromium`);
  }
}
