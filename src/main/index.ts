/**
 * Electron main: a list of setup calls. The rules each follows live in plain modules
 * beside it (args, app-protocol, security, window-placement, menu, kiosk/*), unit-tested
 * without Electron.
 */
import { app, dialog, Menu } from 'electron';
import { APP_ORIGIN } from './app-protocol';
import { parseAppArgs, printUrl, rendererUrl } from './args';
import { exportPdfFromApp } from './pdf-export';
import { menuTemplate } from './menu';
import { appPaths } from './paths';
import { setupIpc } from './setup-ipc';
import { setupKioskIpc, startKiosk, type KioskSession } from './setup-kiosk';
import { registerAppScheme, setupAppProtocol } from './setup-protocol';
import { setupSecurity } from './setup-security';
import { ShowWindows } from './show-windows';
import { setupSingleInstance } from './single-instance';

const args = parseAppArgs(process.argv.slice(1));
for (const problem of args.problems) console.error(`forced-repatriation-deck: ${problem}`);
const paths = appPaths(__dirname);
let show: ShowWindows | null = null;
let kiosk: KioskSession | null = null;

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

function onReady(): void {
  setupAppProtocol(paths.renderer);
  setupSecurity();
  setupIpc(() => show);
  setupKioskIpc(() => kiosk);
  if (args.exportPdf) {
    void exportAndQuit(args.exportPdf);
    return;
  }
  // Before the windows: the kiosk's settings go into the audience URL.
  kiosk = args.kiosk ? startKiosk(args) : null;
  show = new ShowWindows({
    audienceUrl: kiosk?.audienceUrl ?? rendererUrl(APP_ORIGIN, args),
    presenterUrl: rendererUrl(APP_ORIGIN, args, 'presenter'),
    preload: paths.preload,
    title: app.getName(),
    kiosk: args.kiosk,
    presenterDisplay: args.presenterDisplay,
  });
  kiosk?.guard(show.audience);
  Menu.setApplicationMenu(
    args.kiosk ? null : Menu.buildFromTemplate(
          menuTemplate({ openPresenter: () => show?.openPresenter(), swapDisplays: () => show?.swapDisplays(), exportPdf: () => void exportWithDialog() }),
        ),
  );
}

if (setupSingleInstance({ exempt: args.exportPdf !== null, focus: () => show?.focus() })) {
  registerAppScheme();
  app.enableSandbox();
  void app.whenReady().then(onReady);
  app.on('window-all-closed', () => {
    if (!args.exportPdf) app.quit();
  });
}
