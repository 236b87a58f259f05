/**
 * Electron main: a list of setup calls. The rules each follows live in plain modules
 * beside it (args, app-protocol, security, window-placement, menu), unit-tested without
 * Electron.
 */
import { app, Menu } from 'electron';
import { APP_ORIGIN } from './app-protocol';
import { parseAppArgs, rendererUrl } from './args';
import { menuTemplate } from './menu';
import { appPaths } from './paths';
import { setupIpc } from './setup-ipc';
import { registerAppScheme, setupAppProtocol } from './setup-protocol';
import { setupSecurity } from './setup-security';
import { ShowWindows } from './show-windows';

const args = parseAppArgs(process.argv.slice(1));
for (const problem of args.problems) console.error(`forced-repatriation-deck: ${problem}`);
const paths = appPaths(__dirname);
let show: ShowWindows | null = null;

registerAppScheme();
app.enableSandbox();

void app.whenReady().then(() => {
  setupAppProtocol(paths.renderer);
  setupSecurity();
  setupIpc(() => show);
  show = new ShowWindows({
    audienceUrl: rendererUrl(APP_ORIGIN, args),
    presenterUrl: rendererUrl(APP_ORIGIN, args, 'presenter'),
    preload: paths.preload,
    title: app.getName(),
    kiosk: args.kiosk,
    presenterDisplay: args.presenterDisplay,
  });
  Menu.setApplicationMenu(
    args.kiosk ? null : Menu.buildFromTemplate(menuTemplate({ openPresenter: () => show?.openPresenter(), swapDisplays: () => show?.swapDisplays() })),
  );
});

app.on('window-all-closed', () => app.quit());
