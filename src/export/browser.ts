/**
 * Which Chromium the tests and the PDF export drive: CHROMIUM_PATH when set, else
 * Debian's /usr/bin/chromium when present, else Playwright's own browser (on a
 * machine where `npx playwright install` has run).
 */
import { existsSync } from 'node:fs';

/**
 * Playwright's own `--disable-features` list (playwright-core 1.64, the Chromium ones). Chromium
 * keeps only the last `--disable-features` it is given and Playwright passes its list before
 * ours, so ours must carry them all; browser.test.ts checks it against the installed Playwright.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Headless Chromium 156 gives every new window an address bar whose suggestion popup is a web
 * page of its own (chrome://omnibox-popup.top-chrome, ~100 module requests in a third renderer).
 * On two cores it competed with every page we open: cold loads of the deck measured 677 ms
 * median with it and 360 ms without (9 interleaved loads each). Nobody here types in that bar.
 */
const OMNIBOX_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP_FEATURES].join(',')}`,
];

export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
