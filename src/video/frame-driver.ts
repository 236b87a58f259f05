/**
 * What the video export (render-video.ts) asks of a browser: a page it can talk to over the
 * DevTools protocol, and its picture. Playwright's Chromium gives it to the command line
 * (export/export-video.ts), a hidden window of Electron's own Chromium to the app
 * (main/video-export.ts); everything else (the clock, the keys, the frames) is said once, in
 * DevTools protocol commands both carry alike.
 */

export interface FrameDriver {
  /** Makes an empty page of `width`x`height` CSS pixels; nothing is loaded yet. */
  open(size: { width: number; height: number }): Promise<void>;
  /** Loads `url` in the page; resolves once it is loading or loaded (the pipeline waits for the show itself). */
  navigate(url: string): Promise<void>;
  /** One DevTools protocol command to the page; resolves with its result. */
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
  /** The page's picture now, `width`x`height` pixels, as PNG. */
  capture(): Promise<Buffer>;
  /** Releases what open() made. Called once, whatever happened, and never throws. */
  close(): Promise<void>;
}

interface EvaluateResult {
  result?: { value?: unknown };
  exceptionDetails?: { text?: string; exception?: { description?: string } };
}

/** Runs `fn(arg)` in the page (its source, so it must use nothing from outside itself) and returns its value. */
export async function evaluate<Arg, Result>(driver: FrameDriver, fn: (arg: Arg) => Result, arg: Arg): Promise<Awaited<Result>> {
  const answer = (await driver.send('Runtime.evaluate', {
    expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
    returnByValue: true,
    awaitPromise: true,
  })) as EvaluateResult;
  if (answer.exceptionDetails) {
    throw new Error(answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text ?? 'the page threw');
  }
  return answer.result?.value as Awaited<Result>;
}

/** A key pressed and released, as a clicker sends it (Page Down: 34). */
export async function pressKey(driver: FrameDriver, key: { key: string; code: string; keyCode: number }): Promise<void> {
  const event = { key: key.key, code: key.code, windowsVirtualKeyCode: key.keyCode, nativeVirtualKeyCode: key.keyCode };
  await driver.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event });
  await driver.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event });
}

/** The protocol's screenshot: Chromium's own capture, a third faster than Playwright's page.screenshot. */
export async function captureOverProtocol(driver: Pick<FrameDriver, 'send'>): Promise<Buffer> {
  const capture = (await driver.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true })) as { data: string };
  return Buffer.from(capture.data, 'base64');
}
