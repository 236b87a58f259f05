/**
 * Finds the Electron executable the way the electron package does, without its
 * side effect of downloading: ELECTRON_OVERRIDE_DIST_PATH first, then the package's
 * own dist folder. Used by `npm start` and by the Electron end-to-end tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export interface ElectronLookup {
  /** Where the executable is, or would be. */
  path: string;
  found: boolean;
  /** True when ELECTRON_OVERRIDE_DIST_PATH chose the folder. */
  fromOverride: boolean;
  /** The electron package's folder (holds install.js, which downloads the binary). */
  packageDir: string;
}

function executableName(packageDir: string): string {
  const pathFile = join(packageDir, 'path.txt');
  if (existsSync(pathFile)) return readFileSync(pathFile, 'utf8').trim();
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

export function findElectron(env: NodeJS.ProcessEnv = process.env): ElectronLookup {
  const packageDir = dirname(require.resolve('electron/package.json'));
  const name = executableName(packageDir);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const path = override ? join(override, name) : join(packageDir, 'dist', name);
  return { path, found: existsSync(path), fromOverride: Boolean(override), packageDir };
}
