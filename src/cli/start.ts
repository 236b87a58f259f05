/**
 * `npm start`: builds the renderer, main and preload, then launches Electron on them.
 * The electron package downloads its binary on first use; where that cannot happen
 * (no network, no binary) this says what is missing and what to do instead, and
 * exits non-zero, without a stack trace. Launching itself (the X11 switch on Linux, the
 * sandbox explained on Ubuntu) is launch-electron.ts.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findElectron, type ElectronLookup } from './electron-binary';
import { launchElectron } from './launch-electron';

const projectRoot = resolve(import.meta.dirname, '../..');

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

/** Runs the electron package's own installer (the download it would do on first use). */
function tryDownload(lookup: ElectronLookup): string | null {
  console.log('Electron is not downloaded yet: downloading it once (about 100 MB)…');
  const result = spawnSync(process.execPath, [resolve(lookup.packageDir, 'install.js')], { encoding: 'utf8' });
  if (result.status === 0) return null;
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  const reason = output.split('\n').map((line) => line.trim()).find((line) => line && !line.startsWith('at ')) ?? 'unknown error';
  return reason;
}

function explainMissing(lookup: ElectronLookup, reason: string): void {
  console.error(
    [
      '',
      'Cannot start the app: the Electron binary is missing.',
      `  Looked for:  ${lookup.path}`,
      lookup.fromOverride
        ? '  ELECTRON_OVERRIDE_DIST_PATH is set, but that folder holds no Electron executable.'
        : `  Download:    failed (${reason}). This machine may have no access to Electron's download server.`,
      '',
      'To use an Electron 45 you already have, point ELECTRON_OVERRIDE_DIST_PATH at the folder holding its executable:',
      '  ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-v45-folder npm start',
      '',
      'To present the same deck in a browser instead:',
      '  npm run build && npm run preview',
      '  then open http://localhost:4173/ (press ? in the deck for the keys)',
      '',
    ].join('\n'),
  );
}

function main(): void {
  if (run('npm', ['run', 'build', '--silent']) !== 0) {
    console.error('Cannot start the app: the build failed (see above).');
    process.exit(1);
  }
  let lookup = findElectron();
  if (!lookup.found && !lookup.fromOverride) {
    const failure = tryDownload(lookup);
    lookup = findElectron();
    if (!lookup.found) {
      explainMissing(lookup, failure ?? 'the download finished but no executable appeared');
      process.exit(1);
    }
  }
  if (!lookup.found) {
    explainMissing(lookup, 'not attempted');
    process.exit(1);
  }
  void launchElectron(lookup.path, process.argv.slice(2), { cwd: projectRoot }).then((code) => process.exit(code));
}

main();
