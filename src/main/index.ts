/**
 * Electron main: a list of setup calls. The rules each follows live in plain modules
 * beside it (args, app-protocol, security, window-placement, menu), unit-tested without
 * Electron.
 */
import { app, dialog, Menu } from 'electron';
import { APP_ORIGIN } from './app-protocol';
import { parseAppArgs, printUrl, rendererUrl } from './args';
import { exportPdfFromApp } from './pdf-export';
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

/** Export PDF…: asks where, exports, and says how it went. */
async function exportWithDialog(): Promise<void> {
  const choice = await dialog.showSaveDialog({ title: 'Export PDF', defaultPath: 'forced-repatriation.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  if (choice.canceled || !choice.filePath) return;
  try {
    const result = await exportPdfFromApp({ url: printUrl(APP_ORIGIN, args.print), preload: paths.preload, out: choice.filePath });
    await dialog.showMessageBox({ type: 'info', message: `Exported ${result.pages} pages to ${choice.filePath}` });
  } catch (error) {
    dialog.showErrorBox('Export failed', (error as Error).message);
  }
}

/** --export-pdf <file>: for scripts; exports and quits with a status. */
async function exportAndQuit(out: string): Promise<void> {
  try {
    const result = await exportPdfFromApp({ url: printUrl(APP_ORIGIN, args.print), preload: paths.preload, out });
    console.log(`Wrote ${out}: ${result.pages} pages, ${Math.round(result.bytes / 1024)} KB`);
    app.exit(0);
  } catch (error) {
    console.error(`Export failed: ${(error as Error).message}`);
    app.exit(1);
  }
}

void app.whenReady().then(() => {
  setupAppProtocol(paths.renderer);
  setupSecurity();
  setupIpc(() => show);
  if (args.exportPdf) {
    void exportAndQuit(args.exportPdf);
    return;
  }
  show = new ShowWindows({
    audienceUrl: rendererUrl(APP_ORIGIN, args),
    presenterUrl: rendererUrl(APP_ORIGIN, args, 'presenter'),
    preload: paths.preload,
    title: app.getName(),
    kiosk: args.kiosk,
    presenterDisplay: args.presenterDisplay,
  });
  Menu.setApplicationMenu(
    args.kiosk ? null : Menu.buildFromTemplate(
          menuTemplate({ openPresenter: () => show?.openPresenter(), swapDisplays: () => show?.swapDisplays(), exportPdf: () => void exportWithDialog() }),
        ),
  );
});

app.on('window-all-closed', () => {
  if (!args.exportPdf) app.quit();
});
