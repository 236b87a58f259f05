/**
 * The video's size and frame rate as a user gives them (the command line's --size and --fps, the
 * app's --video-size and --video-fps), checked once for both: a bad one is a one-line error.
 */
import { VideoError } from './video-plan.ts';

/** `1920x1080` to numbers; H.264 in yuv420p needs even sides. */
export function parseSize(text: string): { width: number; height: number } {
  const match = /^(\d{2,4})x(\d{2,4})$/.exec(text);
  const width = Number(match?.[1]);
  const height = Number(match?.[2]);
  if (!match || width < 64 || height < 64 || width > 3840 || height > 3840 || width % 2 || height % 2) {
    throw new VideoError(`--size takes WIDTHxHEIGHT, even numbers from 64 to 3840 (as 1920x1080 or 1080x1920), not "${text}"`);
  }
  return { width, height };
}

export function parseFps(text: string): number {
  const fps = Number(text);
  if (!Number.isInteger(fps) || fps < 1 || fps > 60) throw new VideoError(`--fps takes a whole number from 1 to 60, not "${text}"`);
  return fps;
}
