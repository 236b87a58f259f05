/**
 * Electron main: a list of setup calls. The rules each follows live in plain modules
 * beside it (args, app-protocol, security), unit-tested without Electron.
 */
import { app } from 'electron';
import { APP_ORIGIN } from './app-protocol';
import { parseAppArgs, rendererUrl } from './args';
import { appPaths } from './paths';
import { setupIpc } from './setup-ipc';
import { registerAppScheme, setupAppProtocol } from './setup-protocol';
import { setupSecurity } from './setup-security';
import { createAudienceWindow } from './windows';

const args = parseAppArgs(process.argv.slice(1));
for (const problem of args.problems) console.error(`forced-repatriation-deck: ${problem}`);
const paths = appPaths(__dirname);

registerAppScheme();
app.enableSandbox();

void app.whenReady().then(() => {
  setupAppProtocol(paths.renderer);
  setupSecurity();
  setupIpc();
  createAudienceWindow({ url: rendererUrl(APP_ORIGIN, args), preload: paths.preload, title: app.getName(), kiosk: args.kiosk });
});

app.on('window-all-closed', () => app.quit());
