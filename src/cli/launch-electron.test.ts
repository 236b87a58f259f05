/**
 * `npm start`'s launch of Electron, run for real against a stand-in executable (a shell script
 * in place of the Electron binary, which cannot be downloaded here): the command line it is
 * given, and what the speaker is told when Chromium's sandbox aborts the start, as it does on
 * Ubuntu 23.10 and 24.04 (AppArmor restricts unprivileged user namespaces; electron #42510).
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchElectron } from './launch-electron';

// Chromium's own words when the SUID helper is unusable (sandbox/linux/suid/client/setuid_sandbox_host.cc).
const SUID_ABORT = (sandbox: string) =>
  `[12345:FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I'm aborting now. You need to make sure that ${sandbox} is owned by root and has mode 4755.`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'launch-electron-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in executable: records its arguments, prints `stderr`, exits with `code`. */
function standIn(stderr: string, code: number): string {
  const path = join(dir, 'electron');
  writeFileSync(path, `#!/bin/sh\nprintf '%s\\n' "$@" > "${join(dir, 'args.txt')}"\nprintf '%s\\n' "${stderr.replace(/"/g, '\\"')}" >&2\nexit ${code}\n`);
  chmodSync(path, 0o755);
  return path;
}

async function run(electron: string, args: string[], platform: NodeJS.Platform) {
  const stderr = new PassThrough();
  let echoed = '';
  stderr.on('data', (chunk: Buffer) => (echoed += chunk.toString()));
  const told: string[] = [];
  const code = await launchElectron(electron, args, { cwd: dir, platform, stderr, log: (text) => told.push(text) });
  const given = readFileSync(join(dir, 'args.txt'), 'utf8').trimEnd().split('\n');
  return { code, given, echoed, told: told.join('\n') };
}

describe('launchElectron', () => {
  it('starts Electron on the project with the user’s arguments and passes its exit code on', async () => {
    const { code, given } = await run(standIn('', 3), ['--kiosk'], 'darwin');
    expect(code).toBe(3);
    expect(given).toEqual(['.', '--kiosk']);
  });

  it('runs through XWayland on Linux, where Electron 38+ would be a Wayland client unable to place its windows', async () => {
    expect((await run(standIn('', 0), ['--kiosk'], 'linux')).given).toEqual(['.', '--ozone-platform=x11', '--kiosk']);
    expect((await run(standIn('', 0), ['--ozone-platform=wayland'], 'linux')).given).toEqual(['.', '--ozone-platform=wayland']);
  });

  it('explains the sandbox abort on Ubuntu in one paragraph: what to run, and why not --no-sandbox', async () => {
    const sandbox = join(dir, 'chrome-sandbox');
    const { code, echoed, told } = await run(standIn(SUID_ABORT(sandbox), 133), [], 'linux');
    expect(code).toBe(133);
    expect(echoed).toContain('The SUID sandbox helper binary was found'); // Chromium's own words still reach the terminal
    expect(told).toContain('Chromium’s sandbox');
    expect(told).toContain(`sudo chown root:root ${sandbox}`);
    expect(told).toContain(`sudo chmod 4755 ${sandbox}`);
    expect(told).toContain('apparmor');
    expect(told).toContain('--no-sandbox');
    expect(told).toMatch(/renderer/);
  });

  it('says nothing more about other failures', async () => {
    const { told } = await run(standIn('Segmentation fault', 139), [], 'linux');
    expect(told).toBe('');
  });
});
