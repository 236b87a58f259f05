/**
 * The video encoder: Debian's ffmpeg (FFMPEG_PATH to use another). Found and checked before any
 * frame is rendered, so a machine without it hears so in one line instead of after minutes of work.
 *
 * The show reaches it as distinct pictures, each with the number of frames it lasts, never as
 * the same picture sent again for every frame of a hold: decoding a 1080p PNG and converting it
 * to yuv420p costs about as much as encoding the frame, so a hold is decoded once and only its
 * frames are encoded (measured here: a 23 s hold at 1080p, 11.3 s as 690 PNGs, 3.9 s as one).
 * The pictures of one chapter are encoded into a segment while the browser renders the next one,
 * and the segments are joined without re-encoding, with the chapters, the metadata and the index
 * at the front, into the one file.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VideoError } from './video-plan.ts';

/**
 * Where ffmpeg is: FFMPEG_PATH, else, on a Mac, Homebrew's (an app started from the Dock or Finder
 * does not get the shell's PATH, so a plain `ffmpeg` would not be found there), else the PATH's.
 */
export function encoderPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, exists: (path: string) => boolean = existsSync): string {
  if (env.FFMPEG_PATH) return env.FFMPEG_PATH;
  const homebrew = platform === 'darwin' ? ['/opt/homebrew/bin/ffmpeg', '/usr/local/bin/ffmpeg'] : [];
  return homebrew.find(exists) ?? 'ffmpeg';
}

/** How to install it, in the words of the user's system. */
export function encoderInstallHint(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return 'brew install ffmpeg; or set FFMPEG_PATH';
  if (platform === 'win32') return 'winget install Gyan.FFmpeg; or set FFMPEG_PATH';
  return 'Debian and Ubuntu: apt-get install ffmpeg; or set FFMPEG_PATH';
}

/** Throws a one-line VideoError unless the encoder runs and has libx264. */
export function checkEncoder(path = encoderPath()): void {
  const run = spawnSync(path, ['-hide_banner', '-encoders'], { encoding: 'utf8', timeout: 10_000 });
  if (run.error || run.status !== 0) {
    throw new VideoError(`no video encoder: ${path} does not run (${encoderInstallHint()})`);
  }
  if (!/\blibx264\b/.test(run.stdout)) throw new VideoError(`no video encoder: ${path} has no libx264 (H.264)`);
}

/** A path in a concat list, quoted as ffmpeg reads it (a TMPDIR may hold a quote). */
function quoted(path: string): string {
  return `'${path.replace(/'/g, "'\\''")}'`;
}

/** A picture and the frames it lasts, in a segment's list. */
export interface HeldPicture {
  file: string;
  frames: number;
}

/**
 * ffmpeg's concat list for a segment: each picture starts at its frame's exact time (rounded to
 * the microsecond, never accumulated), so the constant-rate output takes each frame from the
 * right picture. The last picture is named twice because the concat demuxer gives the last entry
 * no duration of its own; `-frames:v` cuts the segment at its exact length.
 */
export function segmentList(pictures: HeldPicture[], fps: number): string {
  const lines = ['ffconcat version 1.0'];
  let frame = 0;
  const microseconds = (at: number) => Math.round((at * 1_000_000) / fps);
  for (const picture of pictures) {
    const duration = microseconds(frame + picture.frames) - microseconds(frame);
    lines.push(`file ${quoted(picture.file)}`, `duration ${(duration / 1_000_000).toFixed(6)}`);
    frame += picture.frames;
  }
  if (pictures.length > 0) lines.push(`file ${quoted(pictures.at(-1)!.file)}`);
  return `${lines.join('\n')}\n`;
}

/** One segment: H.264 High, yuv420p, constant frame rate. The same settings for every segment, so they join without re-encoding. */
export function segmentArgs(list: string, fps: number, frames: number, out: string): string[] {
  return [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'concat', '-safe', '0', '-i', list,
    '-c:v', 'libx264', '-profile:v', 'high', '-preset', 'superfast', '-crf', '18', '-tune', 'stillimage',
    '-pix_fmt', 'yuv420p', '-r', String(fps), '-fps_mode', 'cfr', '-frames:v', String(frames),
    '-an', '-f', 'mp4', out,
  ];
}

/** The segments joined as they are, with the chapters and metadata, the index at the front (fast start). */
export function joinArgs(list: string, metadataFile: string, out: string): string[] {
  return [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'concat', '-safe', '0', '-i', list,
    '-f', 'ffmetadata', '-i', metadataFile,
    '-map', '0:v', '-map_metadata', '1', '-map_chapters', '1',
    '-c', 'copy', '-movflags', '+faststart', '-f', 'mp4', out,
  ];
}

/** Segments end at each chapter and after this many pictures (three seconds of motion at 30 fps). */
const PICTURES_PER_SEGMENT = 90;

export interface Encoder {
  /** Keeps a picture for the next `frames` frames of the current segment. */
  hold(png: Buffer, frames: number): void;
  /** Ends the current segment and starts encoding it while the next is rendered. */
  endSegment(): void;
  /** Waits for every segment and writes the one file. */
  finish(metadataFile: string, out: string): Promise<void>;
  /** Stops at once (Ctrl+C, a failure). */
  kill(): void;
}

/** An encoder that keeps its pictures and segments in `scratch`, a folder of the caller's. */
export function startEncoder(options: { fps: number; scratch: string }, path = encoderPath()): Encoder {
  const { fps, scratch } = options;
  const running = new Set<ChildProcess>();
  const segments: string[] = [];
  let pictures: HeldPicture[] = [];
  let pictureCount = 0;
  let killed = false;
  // One segment is encoded at a time (the browser has the other core); a failure is kept for finish().
  let queue: Promise<void> = Promise.resolve();
  let failure: VideoError | undefined;

  const run = (args: string[]) =>
    new Promise<void>((resolve, reject) => {
      if (killed) return reject(new VideoError('stopped before the end'));
      const child = spawn(path, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      running.add(child);
      let errors = '';
      child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      child.on('error', (error) => reject(new VideoError(`the encoder did not start: ${error.message}`)));
      child.on('close', (code) => {
        running.delete(child);
        if (code === 0) resolve();
        else reject(new VideoError(`the encoder failed: ${errors.trim().split('\n').pop() || 'it stopped'}`));
      });
    });

  return {
    hold(png, frames) {
      if (failure) throw failure;
      const file = join(scratch, `picture-${String(pictureCount++).padStart(6, '0')}.png`);
      writeFileSync(file, png);
      pictures.push({ file, frames });
      // A long stretch of motion is encoded in parts while the rest renders, not all at its end.
      if (pictures.length >= PICTURES_PER_SEGMENT) this.endSegment();
    },
    endSegment() {
      if (pictures.length === 0) return;
      const held = pictures;
      pictures = [];
      const frames = held.reduce((sum, picture) => sum + picture.frames, 0);
      const index = segments.length;
      const list = join(scratch, `segment-${index}.txt`);
      const out = join(scratch, `segment-${index}.mp4`);
      segments.push(out);
      writeFileSync(list, segmentList(held, fps));
      queue = queue
        // After a failure the export is lost: later segments are not encoded for nothing.
        .then(() => (failure ? undefined : run(segmentArgs(list, fps, frames, out))))
        .then(() => held.forEach((picture) => rmSync(picture.file, { force: true })))
        .catch((error: VideoError) => {
          failure ??= error;
        });
    },
    async finish(metadataFile, out) {
      this.endSegment();
      await queue;
      if (failure) throw failure;
      const list = join(scratch, 'segments.txt');
      writeFileSync(list, `ffconcat version 1.0\n${segments.map((segment) => `file ${quoted(segment)}`).join('\n')}\n`);
      await run(joinArgs(list, metadataFile, out));
    },
    kill() {
      killed = true;
      for (const child of running) child.kill('SIGKILL');
    },
  };
}
