/**
 * The app's video export: the one video pipeline (video/render-video.ts) the command line takes,
 * filmed in a hidden window of Electron's own Chromium. The pipeline speaks the DevTools
 * protocol, which Electron carries through `webContents.debugger`; the picture comes from
 * `webContents.capturePage`, which Electron documents for hidden windows (`stayHidden`).
 * The encoder is the machine's ffmpeg, as for the command line (FFMPEG_PATH, else the PATH).
 */
import type { BrowserWindow } from 'electron';
import clockScript from 'virtual:page-clock';
import { readBuiltDeck } from '../node/built-deck';
import { APP_ORIGIN } from '../shared/app-origin';
import type { FrameDriver } from '../video/frame-driver';
import { renderVideo, type VideoResult } from '../video/render-video';
import { createSecureWindow } from './secure-window';

export interface AppVideoOptions {
  rendererDir: string;
  preload: string;
  out: string;
  /** Size, frame rate and cut (args.ts: --video-size, --video-fps, --video-from, --video-to). */
  video?: Partial<AppVideo>;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

export interface AppVideo {
  width: number;
  height: number;
  fps: number;
  from?: string;
  to?: string;
}

/** What File › Export Video… makes: the whole show as presented, content note first, at the planned times. */
export const APP_VIDEO: AppVideo = { width: 1920, height: 1080, fps: 30 };

export function exportVideoFromApp(options: AppVideoOptions): Promise<VideoResult> {
  return renderVideo(
    electronFrameDriver(options.preload),
    { origin: APP_ORIGIN, clockScript },
    {
      deck: readBuiltDeck(options.rendererDir),
      out: options.out,
      ...APP_VIDEO,
      ...options.video,
      advisory: true,
      motion: 'system',
      signal: options.signal,
      onProgress: ({ frame, total }) => options.onProgress?.(frame / total),
    },
  );
}

/** Electron as the pipeline's frame driver: a hidden window, its debugger attached, destroyed when done. */
export function electronFrameDriver(preload: string): FrameDriver {
  let window: BrowserWindow | undefined;
  let size = { width: APP_VIDEO.width, height: APP_VIDEO.height };
  const opened = (): BrowserWindow => {
    if (!window || window.isDestroyed()) throw new Error('the video window is not open');
    return window;
  };
  return {
    async open(wanted) {
      size = wanted;
      // Hidden, never interactive, its timers at full speed (it is never shown, and only its clock matters).
      window = createSecureWindow({ show: false, width: wanted.width, height: wanted.height, useContentSize: true, preload, devTools: false, backgroundThrottling: false });
      // A debugger's commands "may not resolve until navigation occurs": the window navigates first.
      await window.loadURL('about:blank');
      // Throws when another debugger is attached: never the case for a window made here.
      window.webContents.debugger.attach('1.3');
    },
    async navigate(url) {
      await opened().loadURL(url);
    },
    send: (method, params) => opened().webContents.debugger.sendCommand(method, params),
    async capture() {
      const image = await opened().webContents.capturePage(undefined, { stayHidden: true });
      const captured = image.getSize();
      // A high-density screen captures in device pixels: the video is in CSS pixels.
      const fitted = captured.width === size.width && captured.height === size.height ? image : image.resize({ width: size.width, height: size.height, quality: 'best' });
      return fitted.toPNG();
    },
    async close() {
      if (window && !window.isDestroyed()) {
        if (window.webContents.debugger.isAttached()) window.webContents.debugger.detach();
        window.destroy();
      }
    },
  };
}
