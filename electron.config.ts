/**
 * electron-builder configuration (`npm run dist`). Packs only the built output:
 * everything the renderer, main and preload need is bundled by Vite into dist/, so
 * the app ships no node_modules.
 */
import type { Configuration } from 'electron-builder';

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
    grantFileProtocolExtraPrivileges: false,
  },
  linux: { target: ['AppImage', 'deb'], category: 'Education' },
  win: { target: ['nsis'] },
  mac: { target: ['dmg'], category: 'public.app-category.education' },
};

export default config;
