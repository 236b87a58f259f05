/**
 * Runs Electron on the built app for `npm start` and resolves with the exit code to pass on.
 * On Linux it adds the X11 switch (src/main/display-server.ts) unless the user named a
 * platform; Electron's error output is echoed as it comes and read afterwards, so a start
 * the sandbox stopped is explained (sandbox-help.ts).
 */
import { spawn } from 'node:child_process';
import { launcherSwitches } from '../main/display-server';
import { explainSandboxFailure } from './sandbox-help';

export interface LaunchOptions {
  cwd: string;
  platform?: NodeJS.Platform;
  /** Where Electron's error output is echoed (the terminal). */
  stderr?: NodeJS.WritableStream;
  /** Where explanations are written. */
  log?: (text: string) => void;
}

/** Enough of the error output's end to hold Chromium's last words. */
const KEPT_ERROR_OUTPUT = 64 * 1024;

export function launchElectron(electronPath: string, userArgs: readonly string[], options: LaunchOptions): Promise<number> {
  const log = options.log ?? ((text: string) => console.error(text));
  const args = ['.', ...launcherSwitches(options.platform ?? process.platform, userArgs), ...userArgs];
  return new Promise((resolve) => {
    const child = spawn(electronPath, args, { cwd: options.cwd, stdio: ['inherit', 'inherit', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      (options.stderr ?? process.stderr).write(chunk);
      errors = (errors + chunk.toString()).slice(-KEPT_ERROR_OUTPUT);
    });
    child.on('error', (error) => {
      log(`Cannot start the app: ${electronPath} did not run (${error.message}).`);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      const exitCode = code ?? (signal ? 1 : 0);
      const explanation = exitCode === 0 ? null : explainSandboxFailure(errors, electronPath);
      if (explanation) log(explanation);
      resolve(exitCode);
    });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  });
}
