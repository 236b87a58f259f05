/**
 * Writes a file so that it is either complete or absent: into a temporary file beside
 * the target, then renamed over it. An existing file at the path is replaced only by a
 * complete write; on any failure it is left as it was and the temporary file removed.
 */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class OutputError extends Error {}

/** Checks the output path before any work is done, with a message that names the problem. */
export function checkOutputPath(path: string): void {
  const folder = dirname(path);
  if (!existsSync(folder)) throw new OutputError(`the folder ${folder} does not exist`);
  if (!statSync(folder).isDirectory()) throw new OutputError(`${folder} is not a folder`);
  if (existsSync(path) && statSync(path).isDirectory()) throw new OutputError(`${path} is a folder, not a file`);
}

export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  checkOutputPath(path);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to clean.
    }
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'no permission to write there' : (error as Error).message;
    throw new OutputError(`could not write ${path}: ${reason}`);
  }
}
