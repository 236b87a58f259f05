/**
 * The show's windows: the audience window and, on request, the presenter window, placed
 * on the displays there are (window-placement.ts) and moved when a display is plugged in
 * or pulled out, without ever closing either: the show goes on. Where the speaker last
 * left them is remembered (window-state.ts) and used again while those displays are there.
 * In kiosk mode there is only the audience window, full screen, remembered nowhere, and
 * setup-kiosk.ts recovers it from crashes.
 */
import { dialog, screen, type BrowserWindow, type Rectangle } from 'electron';
import { IPC_CHANNELS } from '../shared/host-api';
import type { PlayerCommand } from '../shared/commands';
import { withMode } from './args';
import { MainCommands } from './main-commands';
import { RendererReloadPolicy } from './renderer-reload';
import { createSecureWindow } from './secure-window';
import { windowLaunch } from './window-launch';
import { WindowMover, type Place } from './window-mover';
import { placeWindows } from './window-placement';
import { bringOnScreen, MIN_WINDOW, rememberedLayout, type SavedWindow, type ShowMode } from './window-state';
import type { WindowStateStore } from './window-state-file';

export interface ShowWindowsOptions {
  audienceUrl: string;
  presenterUrl: string;
  preload: string;
  title: string;
  kiosk: boolean;
  presenterDisplay: number | null;
  /**
   * False on native Wayland (display-server.ts), where an app can neither place its windows nor
   * learn where they are: the compositor places them, and no place is remembered.
   */
  placesWindows: boolean;
  /** Developer tools in these windows (security.ts's devToolsAllowed). */
  devTools: boolean;
  /** Where the windows were last time, and where to write where they are now; none in a kiosk. */
  state: WindowStateStore | null;
}

const DISPLAY_SETTLE_MS = 400;
const DEFAULT_SIZE = { width: 1280, height: 720 };

type Role = 'audience' | 'presenter';

export class ShowWindows {
  readonly audience: BrowserWindow;
  #presenter: BrowserWindow | null = null;
  #swapped = false;
  #replaceTimer: NodeJS.Timeout | undefined;
  readonly #commands = new MainCommands();
  readonly #movers = new WeakMap<BrowserWindow, WindowMover>();

  constructor(private readonly options: ShowWindowsOptions) {
    this.audience = this.#createWindow('audience', options.audienceUrl, options.title, options.kiosk, this.#saved('audience'));
    this.audience.on('closed', () => this.#presenter?.close());
    const replace = () => {
      clearTimeout(this.#replaceTimer);
      this.#replaceTimer = setTimeout(() => this.place(), DISPLAY_SETTLE_MS);
    };
    screen.on('display-added', replace);
    screen.on('display-removed', replace);
    // Metrics change for a work area too (a Dock or taskbar shown, hidden or moved): only a display
    // that moved, changed size or turned calls for new places, else the speaker's arrangement stays.
    screen.on('display-metrics-changed', (_event, _display, changed: string[]) => {
      if (changed.some((metric) => metric === 'bounds' || metric === 'rotation' || metric === 'scaleFactor')) replace();
    });
  }

  get kiosk(): boolean {
    return this.options.kiosk;
  }

  /** Brings the show forward (a second launch of the app lands here). */
  focus(): void {
    if (this.audience.isDestroyed()) return;
    if (this.audience.isMinimized()) this.audience.restore();
    this.audience.show();
    this.audience.focus();
  }

  /** Every window of the show, for relaying sync messages. */
  windows(): BrowserWindow[] {
    return [this.audience, this.#presenter].filter((window): window is BrowserWindow => window !== null && !window.isDestroyed());
  }

  /** The presenter window, when open. */
  get presenter(): BrowserWindow | null {
    return this.#presenter && !this.#presenter.isDestroyed() ? this.#presenter : null;
  }

  openPresenter(): void {
    // A kiosk has no speaker, and a second, ordinary window would be a way out of it.
    if (this.options.kiosk) return;
    if (this.#presenter && !this.#presenter.isDestroyed()) {
      this.#presenter.focus();
      return;
    }
    const layout = this.options.state && this.options.placesWindows ? rememberedLayout(this.options.state.state, screen.getAllDisplays(), screen.getPrimaryDisplay().id) : null;
    this.#presenter = this.#createWindow('presenter', this.options.presenterUrl, `Presenter: ${this.options.title}`, false, layout?.presenter ?? null);
    this.#presenter.on('closed', () => {
      this.#presenter = null;
      this.place();
    });
    // Where the speaker put both windows last time, on these same displays; else where they belong.
    if (layout) this.#move(this.audience, layout.audience);
    else this.place();
  }

  swapDisplays(): void {
    this.#swapped = !this.#swapped;
    this.place();
  }

  /** The audience in another mode (the menu's Present, Scroll Mode), at the same place in the show. */
  setMode(mode: ShowMode): void {
    this.options.state?.update({ mode });
    if (this.options.kiosk || this.audience.isDestroyed()) return;
    void this.audience.webContents.loadURL(withMode(this.audience.webContents.getURL() || this.options.audienceUrl, mode));
  }

  /** A player command from main (the menu's Autoplay), to the audience window, which owns the player. */
  command(command: PlayerCommand): void {
    if (this.audience.isDestroyed()) return;
    this.audience.webContents.send(IPC_CHANNELS.syncReceive, this.#commands.message(command));
  }

  /** Loads the deck again in every window; each resumes from its URL, or asks where the show is. */
  reload(): void {
    for (const window of this.windows()) window.webContents.reload();
  }

  /** Puts the windows where the displays call for; the audience is full screen only with a presenter elsewhere. */
  place(): void {
    if (this.options.kiosk || !this.options.placesWindows || this.audience.isDestroyed()) return;
    const displays = screen.getAllDisplays();
    if (displays.length === 0) return;
    const placement = placeWindows(displays, {
      primaryId: screen.getPrimaryDisplay().id,
      presenterDisplay: this.options.presenterDisplay,
      swapped: this.#swapped,
    });
    if (placement.notice) console.warn(placement.notice);
    if (!this.#presenter || this.#presenter.isDestroyed()) return;
    this.#move(this.audience, placement.audience);
    this.#move(this.#presenter, placement.presenter);
  }

  #move(window: BrowserWindow, place: Place): void {
    let mover = this.#movers.get(window);
    if (!mover) this.#movers.set(window, (mover = new WindowMover(window)));
    mover.moveTo(place);
  }

  /** The remembered place of a window, brought onto today's displays; null in a kiosk or the first time. */
  #saved(role: Role): SavedWindow | null {
    const saved = this.options.kiosk || !this.options.placesWindows ? null : this.options.state?.state[role];
    return saved ? bringOnScreen(saved, screen.getAllDisplays(), screen.getPrimaryDisplay().id) : null;
  }

  #createWindow(role: Role, url: string, title: string, kiosk: boolean, saved: SavedWindow | null): BrowserWindow {
    const launch = windowLaunch({ kiosk, saved, defaultSize: DEFAULT_SIZE });
    const window = createSecureWindow({
      ...launch.options,
      minWidth: MIN_WINDOW.width,
      minHeight: MIN_WINDOW.height,
      title,
      backgroundColor: '#000000',
      autoHideMenuBar: true,
      preload: this.options.preload,
      devTools: this.options.devTools,
      // A kiosk page beats a heartbeat every second (setup-kiosk.ts): a window the system thinks
      // hidden must not have its timers slowed into looking hung.
      backgroundThrottling: !kiosk,
    });
    // Shown once painted, and only then made full screen or a kiosk (window-launch.ts).
    window.once('ready-to-show', () => {
      window.show();
      if (launch.bringOn === 'kiosk') window.setKiosk(true);
      else if (launch.bringOn === 'full-screen') window.setFullScreen(true);
    });
    // In kiosk mode the kiosk's recovery reloads a dead renderer, at the loop start and by its policy.
    if (!kiosk) {
      this.#reloadWhenGone(window, title);
      this.#remember(role, window);
    }
    void window.loadURL(url);
    return window;
  }

  /** A dead renderer is reloaded (renderer-reload.ts): the audience resumes from its URL, the presenter asks where the show is. */
  #reloadWhenGone(window: BrowserWindow, title: string): void {
    const policy = new RendererReloadPolicy();
    let pending: NodeJS.Timeout | undefined;
    window.webContents.on('render-process-gone', (_event, details) => {
      clearTimeout(pending);
      const decision = policy.decide(details.reason, Date.now());
      console.error(`${title}: renderer ${details.reason} (exit code ${details.exitCode}); ${decision.action === 'reload' ? `reloading in ${decision.delayMs} ms` : 'stopped'}`);
      if (decision.action === 'reload') {
        pending = setTimeout(() => {
          if (!window.isDestroyed()) window.webContents.reload();
        }, decision.delayMs);
        return;
      }
      void dialog
        .showMessageBox(window, { type: 'error', title, message: decision.message, buttons: ['Try Again', 'Leave It'], defaultId: 0, cancelId: 1 })
        .then(({ response }) => {
          if (response !== 0 || window.isDestroyed()) return;
          policy.reset();
          window.webContents.reload();
        });
    });
  }

  /** Keeps the window's place in the state file as the speaker moves it. */
  #remember(role: Role, window: BrowserWindow): void {
    const store = this.options.state;
    if (!store || !this.options.placesWindows) return;
    const save = () => {
      if (window.isDestroyed() || window.isMinimized()) return;
      const bounds: Rectangle = window.getNormalBounds();
      store.update({ [role]: { bounds, displayId: screen.getDisplayMatching(bounds).id, fullScreen: window.isFullScreen() } });
    };
    // 'move' and 'resize' come in bursts while dragging; the store writes once they stop.
    window.on('move', save);
    window.on('resize', save);
    window.on('enter-full-screen', save);
    window.on('leave-full-screen', save);
    window.on('close', save);
    // Windows: a shutdown or log-off ends the app without 'before-quit' or 'will-quit', where the store is flushed.
    window.on('session-end', () => {
      save();
      store.flush();
    });
  }
}
