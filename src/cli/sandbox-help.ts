/**
 * What `npm start` tells the speaker when Chromium's sandbox stops Electron from starting.
 * On Ubuntu 23.10 and later AppArmor keeps programs from creating the user namespaces the
 * sandbox is built on unless a profile allows them (electron #42510), and the fallback, the
 * SUID helper chrome-sandbox, is not set up in a copy of Electron that npm downloaded: Chromium
 * then aborts rather than run unsandboxed. The installed .deb allows it with an AppArmor profile;
 * a development copy needs one of the two commands below, once.
 */
import { dirname, join } from 'node:path';

const ABORTS = [/SUID sandbox helper binary was found, but is not configured correctly/, /No usable sandbox!/];

/** The paragraph for this error output, or null when the sandbox is not what failed. */
export function explainSandboxFailure(output: string, electronPath: string): string | null {
  if (!ABORTS.some((abort) => abort.test(output))) return null;
  const sandbox = /make sure that (\S+) is owned by root/.exec(output)?.[1] ?? join(dirname(electronPath), 'chrome-sandbox');
  const profile = '/etc/apparmor.d/forced-repatriation-electron';
  return [
    '',
    'Cannot start the app: Chromium’s sandbox could not start. On Ubuntu 23.10 and later, AppArmor lets no program',
    'create the user namespaces the sandbox is built on unless a profile allows it, and the SUID helper that would',
    'do instead is not set up in the Electron npm downloaded. Set one of the two up, once, then run npm start again:',
    `  sudo chown root:root ${sandbox} && sudo chmod 4755 ${sandbox}`,
    'or allow this Electron user namespaces, as the app’s .deb package does for the installed app:',
    `  printf 'abi <abi/4.0>,\\ninclude <tunables/global>\\nprofile forced-repatriation-electron "${electronPath}" flags=(unconfined) {\\n  userns,\\n}\\n' | sudo tee ${profile}`,
    `  sudo apparmor_parser -r ${profile}`,
    'Do not start it with --no-sandbox: that turns off the sandbox of every renderer, the page the audience sees',
    'included, which the app’s security rests on (docs/security.md).',
    '',
  ].join('\n');
}
