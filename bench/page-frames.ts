/**
 * Frames as the page lives them: a requestAnimationFrame loop stamps every frame, and a
 * PerformanceObserver keeps the browser's long animation frames (`long-animation-frame`,
 * over 50 ms). Both run in the page on the page's own clock, so Playwright's round trips
 * are never counted; windows of interest are cut out afterwards by time.
 */
import type { Page } from '@playwright/test';

export interface LongFrame {
  startMs: number;
  durationMs: number;
  blockingMs: number;
  /** Time spent in scripts, and in style and layout, within the frame: which kind of work made it long. */
  scriptMs: number;
  styleAndLayoutMs: number;
  /** The frame's rendering update (style, layout, paint, commit): from its start to the frame's end. */
  renderMs: number;
  /** The longest scripts of the frame, as `invoker (function) ms`. */
  scripts: string[];
}

interface LoafEntry extends PerformanceEntry {
  blockingDuration?: number;
  renderStart?: number;
  styleAndLayoutStart?: number;
  scripts?: { duration: number; invoker: string; sourceFunctionName: string }[];
}

/**
 * Headers that make a page cross-origin isolated: its clocks then tick at 5 µs instead of 100 µs.
 * With 100 µs stamps, frames of a steady 60 Hz (16.67 ms) read 16.6 to 16.8 ms, and a p95 of 16.8
 * said nothing about dropped frames. For frame timing only: isolated, cold loads measured ~300 ms slower.
 */
export const CROSS_ORIGIN_ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

export interface Window {
  startMs: number;
  endMs: number;
}

interface Recording {
  stamps: number[];
  longFrames: LongFrame[];
}

/** Starts recording (once per page load). */
export async function startFrameRecorder(page: Page): Promise<void> {
  await page.evaluate(() => {
    const recording: Recording = { stamps: [], longFrames: [] };
    (window as unknown as { __benchFrames: Recording }).__benchFrames = recording;
    const stamp = (now: number) => {
      recording.stamps.push(now);
      requestAnimationFrame(stamp);
    };
    requestAnimationFrame(stamp);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LoafEntry[]) {
        const scripts = [...(entry.scripts ?? [])].sort((a, b) => b.duration - a.duration);
        const end = entry.startTime + entry.duration;
        recording.longFrames.push({
          startMs: entry.startTime,
          durationMs: entry.duration,
          blockingMs: entry.blockingDuration ?? 0,
          scriptMs: scripts.reduce((sum, script) => sum + script.duration, 0),
          styleAndLayoutMs: entry.styleAndLayoutStart ? end - entry.styleAndLayoutStart : 0,
          renderMs: entry.renderStart ? end - entry.renderStart : 0,
          scripts: scripts.slice(0, 3).map((script) => `${script.invoker}${script.sourceFunctionName ? ` (${script.sourceFunctionName})` : ''} ${Math.round(script.duration)} ms`),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
}

/** Whether this browser reports long animation frames at all (else a count of 0 would lie). */
export async function supportsLongAnimationFrames(page: Page): Promise<boolean> {
  return page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'));
}

/** Frame times (ms between consecutive frames) of the frames that began in any window, and the long frames overlapping one. */
export async function framesIn(page: Page, windows: readonly Window[]): Promise<{ frameMs: number[]; longFrames: LongFrame[] }> {
  const recording = await page.evaluate(() => (window as unknown as { __benchFrames: Recording }).__benchFrames);
  const inside = (at: number) => windows.some((window) => at > window.startMs && at <= window.endMs);
  const frameMs: number[] = [];
  for (let index = 1; index < recording.stamps.length; index++) {
    if (inside(recording.stamps[index]!)) frameMs.push(recording.stamps[index]! - recording.stamps[index - 1]!);
  }
  const longFrames = recording.longFrames.filter((frame) => windows.some((window) => frame.startMs < window.endMs && frame.startMs + frame.durationMs > window.startMs));
  return { frameMs, longFrames };
}
