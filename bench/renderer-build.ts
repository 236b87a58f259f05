/**
 * The renderer (and the export command) the bench measures, built into folders of their own: dist/ belongs to whoever
 * last ran `npm run build` (and may be mid-rebuild), so the bench never reads or writes it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..');

/** Builds the renderer (of `slidesDir`, slides/ by default) into a new temporary folder and returns it. */
export function buildRenderer(slidesDir?: string): string {
  const outDir = join(mkdtempSync(join(tmpdir(), 'bench-renderer-')), 'renderer');
  const env = slidesDir ? { ...process.env, DECK_SLIDES_DIR: slidesDir } : process.env;
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: projectRoot, env, stdio: ['ignore', 'ignore', 'inherit'] });
  return outDir;
}

/**
 * Builds the PDF export command (`vite build --mode cli`) into a new folder and returns the
 * module's path. The folder is inside the project (bench/results, not kept in git), since the
 * command finds Playwright and pdf-lib in the project's node_modules.
 */
export function buildExportCommand(): string {
  mkdirSync(join(projectRoot, 'bench/results'), { recursive: true });
  const outDir = mkdtempSync(join(projectRoot, 'bench/results/export-command-'));
  execFileSync('npx', ['vite', 'build', '--mode', 'cli', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(outDir, 'export-pdf.mjs');
}

/** A renderer built earlier (--renderer <dir>), checked before anything is measured on it. */
export function existingRenderer(dir: string): string {
  const folder = resolve(dir);
  if (!existsSync(join(folder, 'index.html'))) throw new Error(`no built renderer in ${folder} (no index.html)`);
  return folder;
}
