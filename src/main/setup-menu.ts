/**
 * The application menu's Electron glue: menu.ts's template wired to the show, with the
 * dialogs some items need (where to export a PDF or a video, whether to become a kiosk, about). No menu in
 * a kiosk: there is nothing for a visitor to pick.
 */
import { app, Menu } from 'electron';
import { relaunchApp } from './app-relaunch';
import { showMessageBoxOverFocused } from './dialog-parent';
import { aboutMessage } from './about';
import { kioskRelaunchArgs } from './args';
import { exportWithDialog, pdfExport, videoExport, type ExportTarget } from './export-commands';
import { menuTemplate } from './menu';
import type { PhoneRemote } from './phone-remote';
import type { ShowWindows } from './show-windows';
import type { WindowStateStore } from './window-state-file';
import type { ShowMode } from './window-state';

export interface MenuContext {
  show: ShowWindows;
  state: WindowStateStore | null;
  exportTarget: ExportTarget;
  remote: PhoneRemote;
}

export function setupMenu(context: MenuContext | null): void {
  if (!context) {
    Menu.setApplicationMenu(null);
    return;
  }
  const { show, state } = context;
  // macOS's own About (in the app menu) says the same as Help › About.
  const about = aboutMessage(app.getName(), { version: app.getVersion() });
  app.setAboutPanelOptions({ applicationName: app.getName(), applicationVersion: app.getVersion(), credits: about.detail });
  const build = (mode: ShowMode) => {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(
          {
            present: () => switchMode('present'),
            scrollMode: () => switchMode('scroll'),
            openPresenter: () => show.openPresenter(),
            toggleAutoplay: () => show.command({ type: 'toggle-play' }),
            swapDisplays: () => show.swapDisplays(),
            phoneRemote: () => void pairPhone(context.remote),
            kiosk: () => void becomeKiosk(state),
            exportPdf: () => void exportWithDialog(pdfExport(context.exportTarget)),
            exportVideo: () => void exportWithDialog(videoExport(context.exportTarget)),
            reloadDeck: () => show.reload(),
            about: () => void showAbout(),
          },
          { mode, productName: app.getName() },
        ),
      ),
    );
  };
  const switchMode = (mode: ShowMode) => {
    show.setMode(mode);
    build(mode);
  };
  build(state?.state.mode ?? 'present');
}

/** Phone Remote…: asks where the code goes (the room sees it only if the speaker says so), then pairs. */
async function pairPhone(remote: PhoneRemote): Promise<void> {
  const { response } = await showMessageBoxOverFocused({
    type: 'question',
    buttons: ['Cancel', 'Show on the Audience Screen', 'Show in the Presenter Window'],
    defaultId: 2,
    cancelId: 0,
    title: 'Phone remote',
    message: 'Pair a phone as a remote?',
    detail:
      'The app shows a code for your phone to scan, on the same Wi-Fi. The code works once; a new one lets the phone paired before go. Anyone who sees the code on the audience screen could pair before you do.',
  });
  if (response === 0) return;
  try {
    await remote.pair(response === 1 ? 'audience' : 'presenter');
  } catch (error) {
    await showMessageBoxOverFocused({ type: 'error', buttons: ['Close'], title: 'Phone remote', message: 'The phone remote could not start.', detail: (error as Error).message });
  }
}

/** Kiosk Mode…: asks, since it takes the whole screen and leaves only by the exit chord; then starts again as a kiosk. */
async function becomeKiosk(state: WindowStateStore | null): Promise<void> {
  const { response } = await showMessageBoxOverFocused({
    type: 'question',
    buttons: ['Cancel', 'Start the kiosk'],
    defaultId: 0,
    cancelId: 0,
    title: 'Kiosk mode',
    message: 'Start the unattended exhibition mode?',
    detail:
      'The app starts again full screen, plays the talk in a loop and ignores the usual keys. It ends only with the exit chord (Control+Alt+Shift+Q unless the kiosk settings name another) and the PIN, if one is set.',
  });
  if (response !== 1) return;
  state?.flush();
  relaunchApp(kioskRelaunchArgs(process.argv.slice(1)));
}

async function showAbout(): Promise<void> {
  const about = aboutMessage(app.getName(), { version: app.getVersion(), electron: process.versions.electron, chrome: process.versions.chrome });
  await showMessageBoxOverFocused({ type: 'info', buttons: ['Close'], ...about });
}
