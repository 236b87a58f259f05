/**
 * Electron main: a list of setup calls. The rules each follows live in plain modules
 * beside it (args, app-protocol, security, window-placement, window-state, menu, kiosk/*),
 * unit-tested without Electron.
 */
import { app } from 'electron';
import { openAppLog, type AppLog } from './app-log';
import { APP_ORIGIN } from '../shared/app-origin';
import { parseAppArgs, printUrl, rendererUrl } from './args';
import { exportAndQuit, pdfExport, videoExport } from './export-commands';
import { relaunchApp } from './app-relaunch';
import { displayServerPlan } from './display-server';
import { appPaths } from './paths';
import { devToolsAllowed } from './security';
import { setupErrorLog } from './setup-error-log';
import { setupIpc } from './setup-ipc';
import { setupKioskIpc, startKiosk, type KioskSession } from './setup-kiosk';
import { setupMenu } from './setup-menu';
import { PhoneRemote } from './phone-remote';
import { registerAppScheme, setupAppProtocol } from './setup-protocol';
import { setupSecurity } from './setup-security';
import { ShowWindows } from './show-windows';
import { setupSingleInstance, takesSingleInstanceLock } from './single-instance';
import { setupWindowState } from './setup-window-state';

const args = parseAppArgs(process.argv.slice(1));
for (const problem of args.problems) console.error(`forced-repatriation-deck: ${problem}`);
const paths = appPaths(__dirname);
const exportTarget = { url: printUrl(APP_ORIGIN, args.print), preload: paths.preload, rendererDir: paths.renderer };
// --export-pdf and --export-video: the app exports and quits, opening no show.
const oneOffExport = args.exportPdf ? { work: pdfExport(exportTarget), out: args.exportPdf } : args.exportVideo ? { work: videoExport(exportTarget, args.video), out: args.exportVideo } : null;
let show: ShowWindows | null = null;
let kiosk: KioskSession | null = null;
let remote: PhoneRemote | null = null;
// Linux: the two-screen layout needs X11 (display-server.ts). An export opens no window to place.
const displayServer = oneOffExport
  ? ({ action: 'as-is' } as const)
  : displayServerPlan({ platform: process.platform, ozonePlatform: app.commandLine.getSwitchValue('ozone-platform'), args: process.argv.slice(1), env: process.env });

function onReady(log: AppLog): void {
  setupAppProtocol(paths.renderer);
  setupSecurity({ openPresenter: () => show?.openPresenter() });
  setupIpc(
    () => show,
    () => remote,
  );
  setupKioskIpc(() => kiosk);
  if (oneOffExport) {
    void exportAndQuit(oneOffExport.work, oneOffExport.out);
    return;
  }
  // Before the windows: the kiosk's settings go into the audience URL.
  kiosk = args.kiosk ? startKiosk(args) : null;
  // A kiosk remembers nothing: it always fills its screen and plays its loop.
  const state = args.kiosk ? null : setupWindowState(app.getPath('userData'), log);
  show = new ShowWindows({
    audienceUrl: kiosk?.audienceUrl ?? rendererUrl(APP_ORIGIN, { ...args, mode: state?.state.mode }),
    presenterUrl: rendererUrl(APP_ORIGIN, args, 'presenter'),
    preload: paths.preload,
    title: app.getName(),
    kiosk: args.kiosk,
    presenterDisplay: args.presenterDisplay,
    placesWindows: displayServer.action !== 'stay-on-wayland',
    devTools: devToolsAllowed({ kiosk: args.kiosk, packaged: app.isPackaged }),
    state,
  });
  kiosk?.guard(show.audience);
  // Off until asked (Show › Phone Remote…, --remote); it stops with the show.
  remote = new PhoneRemote(paths.renderer, () => show, kiosk);
  show.audience.on('closed', () => void remote?.stop());
  if (args.remote) void remote.pair(args.kiosk ? 'output' : 'presenter');
  setupMenu(args.kiosk ? null : { show, state, exportTarget, remote });
}

if (displayServer.action === 'relaunch-on-x11') {
  relaunchApp(displayServer.args);
} else if (setupSingleInstance({ exempt: !takesSingleInstanceLock(args), focus: () => show?.focus() })) {
  // First, so that whatever goes wrong from here on is in the log.
  const log = openAppLog(app.getPath('userData'));
  setupErrorLog(log);
  if (displayServer.action === 'stay-on-wayland') console.warn(displayServer.notice);
  registerAppScheme();
  app.enableSandbox();
  void app.whenReady().then(() => onReady(log));
  app.on('window-all-closed', () => {
    if (!oneOffExport) app.quit();
  });
}
