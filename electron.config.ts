/**
 * electron-builder configuration (`npm run dist`). Packs only the built output:
 * everything the renderer, main and preload need is bundled by Vite into dist/, so
 * the app ships no node_modules. Fuses switch off what the app never uses and an
 * attacker could (docs/security.md, item 19); src/main/packaging.test.ts checks it all.
 */
import type { Configuration } from 'electron-builder';
import { X11_SWITCH } from './src/main/display-server';

const ICON = 'assets/icon.png';

const config: Configuration = {
  appId: 'org.forced-repatriation-deck.app',
  productName: 'Forced Repatriation',
  copyright: 'The deck’s own code and design: the Forced Repatriation deck authors. The article: its author.',
  directories: { output: 'release', buildResources: 'assets' },
  files: ['dist/main/**/*', 'dist/preload/**/*', 'dist/renderer/**/*', 'package.json', '!**/*.map'],
  asar: true,
  // An Electron already on disk (offline machines): ELECTRON_OVERRIDE_DIST_PATH, as for `npm start`.
  electronDist: process.env.ELECTRON_OVERRIDE_DIST_PATH || undefined,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Education',
    icon: ICON,
    synopsis: 'An op-ed on North Korean defectors forcibly returned from China, as a presentation',
    // deb needs a maintainer; package.json's author has no e-mail to take one from.
    maintainer: 'Forced Repatriation deck authors',
    // The desktop entries (deb, AppImage) start the app through XWayland, where it can place its
    // two windows (src/main/display-server.ts). The deb's own after-install script is kept: it
    // installs the AppArmor profile that lets Chromium's sandbox start on Ubuntu 23.10 and later.
    executableArgs: [X11_SWITCH],
  },
  win: { target: ['nsis'], icon: ICON },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.education', icon: ICON },
};

export default config;
