/**
 * The video encoder: Debian's ffmpeg (FFMPEG_PATH to use another), fed PNG frames on its
 * standard input. Found and checked before any frame is rendered, so a machine without it
 * hears so in one line instead of after minutes of work.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { VideoError } from './video-plan.ts';

export function encoderPath(): string {
  return process.env.FFMPEG_PATH || 'ffmpeg';
}

/** Throws a one-line VideoError unless the encoder runs and has libx264. */
export function checkEncoder(path = encoderPath()): void {
  const run = spawnSync(path, ['-hide_banner', '-encoders'], { encoding: 'utf8', timeout: 10_000 });
  if (run.error || run.status !== 0) {
    throw new VideoError(`no video encoder: ${path} does not run (Debian: apt-get install ffmpeg; or set FFMPEG_PATH)`);
  }
  if (!/\blibx264\b/.test(run.stdout)) throw new VideoError(`no video encoder: ${path} has no libx264 (H.264)`);
}

export interface EncoderOptions {
  fps: number;
  /** The ffmetadata file: title, author, chapters. */
  metadataFile: string;
  out: string;
}

/** H.264 High, yuv420p, constant frame rate, the index at the front (fast start). */
export function encoderArgs(options: EncoderOptions): string[] {
  return [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'image2pipe', '-c:v', 'png', '-framerate', String(options.fps), '-i', 'pipe:0',
    '-f', 'ffmetadata', '-i', options.metadataFile,
    '-map', '0:v', '-map_metadata', '1', '-map_chapters', '1',
    '-c:v', 'libx264', '-profile:v', 'high', '-preset', 'superfast', '-crf', '18', '-tune', 'stillimage',
    '-pix_fmt', 'yuv420p', '-r', String(options.fps), '-fps_mode', 'cfr',
    '-movflags', '+faststart', '-f', 'mp4', options.out,
  ];
}

export interface Encoder {
  /** Writes one frame, waiting when the encoder's input is full. */
  write(png: Buffer): Promise<void>;
  /** Ends the input and waits for the file to be complete. */
  finish(): Promise<void>;
  /** Stops the encoder at once (Ctrl+C, a failure). */
  kill(): void;
}

export function startEncoder(options: EncoderOptions, path = encoderPath()): Encoder {
  const child: ChildProcess = spawn(path, encoderArgs(options), { stdio: ['pipe', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const failure = () => new VideoError(`the encoder failed: ${errors.trim().split('\n').pop() || 'it stopped'}`);
  const stdin = child.stdin!;
  stdin.on('error', () => {});
  return {
    async write(png) {
      if (child.exitCode !== null) throw failure();
      if (!stdin.write(png)) {
        // The encoder is behind: wait for it, or for its end if it stops meanwhile.
        const code = await Promise.race([new Promise<'drained'>((resolve) => stdin.once('drain', () => resolve('drained'))), exited]);
        if (code !== 'drained') throw failure();
      }
    },
    async finish() {
      stdin.end();
      if ((await exited) !== 0) throw failure();
    },
    kill() {
      child.kill('SIGKILL');
    },
  };
}
