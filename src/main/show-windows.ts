/**
 * The show's windows: the audience window and, on request, the presenter window, placed
 * on the displays there are (window-placement.ts) and moved when a display is plugged in
 * or pulled out, without ever closing either: the show goes on. Where the speaker last
 * left them is remembered (window-state.ts) and used again while those displays are there.
 * In kiosk mode there is only the audience window, full screen, remembered nowhere, and
 * setup-kiosk.ts recovers it from crashes.
 */
import { BrowserWindow, screen, type Rectangle } from 'electron';
import { IPC_CHANNELS } from '../shared/host-api';
import type { PlayerCommand } from '../shared/commands';
import { withMode } from './args';
import { MainCommands } from './main-commands';
import { createSecureWindow } from './secure-window';
import { placeWindows, type WindowPlacement } from './window-placement';
import { bringOnScreen, rememberedLayout, type SavedWindow, type ShowMode } from './window-state';
import type { WindowStateStore } from './window-state-file';

export interface ShowWindowsOptions {
  audienceUrl: string;
  presenterUrl: string;
  preload: string;
  title: string;
  kiosk: boolean;
  presenterDisplay: number | null;
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

  constructor(private readonly options: ShowWindowsOptions) {
    this.audience = this.#createWindow('audience', options.audienceUrl, options.title, options.kiosk, this.#saved('audience'));
    this.audience.on('closed', () => this.#presenter?.close());
    const replace = () => {
      clearTimeout(this.#replaceTimer);
      this.#replaceTimer = setTimeout(() => this.place(), DISPLAY_SETTLE_MS);
    };
    screen.on('display-added', replace);
    screen.on('display-removed', replace);
    screen.on('display-metrics-changed', replace);
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

  openPresenter(): void {
    // A kiosk has no speaker, and a second, ordinary window would be a way out of it.
    if (this.options.kiosk) return;
    if (this.#presenter && !this.#presenter.isDestroyed()) {
      this.#presenter.focus();
      return;
    }
    const layout = this.options.state ? rememberedLayout(this.options.state.state, screen.getAllDisplays(), screen.getPrimaryDisplay().id) : null;
    this.#presenter = this.#createWindow('presenter', this.options.presenterUrl, `Presenter: ${this.options.title}`, false, layout?.presenter ?? null);
    this.#presenter.on('closed', () => {
      this.#presenter = null;
      this.place();
    });
    // Where the speaker put both windows last time, on these same displays; else where they belong.
    if (layout) apply(this.audience, layout.audience);
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
    if (this.options.kiosk || this.audience.isDestroyed()) return;
    const displays = screen.getAllDisplays();
    if (displays.length === 0) return;
    const placement = placeWindows(displays, {
      primaryId: screen.getPrimaryDisplay().id,
      presenterDisplay: this.options.presenterDisplay,
      swapped: this.#swapped,
    });
    if (placement.notice) console.warn(placement.notice);
    if (!this.#presenter || this.#presenter.isDestroyed()) return;
    apply(this.audience, placement.audience);
    apply(this.#presenter, placement.presenter);
  }

  /** The remembered place of a window, brought onto today's displays; null in a kiosk or the first time. */
  #saved(role: Role): SavedWindow | null {
    const saved = this.options.kiosk ? null : this.options.state?.state[role];
    return saved ? bringOnScreen(saved, screen.getAllDisplays(), screen.getPrimaryDisplay().id) : null;
  }

  #createWindow(role: Role, url: string, title: string, kiosk: boolean, saved: SavedWindow | null): BrowserWindow {
    const window = createSecureWindow({
      ...(saved ? saved.bounds : DEFAULT_SIZE),
      minWidth: 480,
      minHeight: 270,
      title,
      backgroundColor: '#000000',
      show: false,
      kiosk,
      fullscreen: kiosk || (saved?.fullScreen ?? false),
      autoHideMenuBar: true,
      preload: this.options.preload,
      devTools: this.options.devTools,
      // A kiosk page beats a heartbeat every second (setup-kiosk.ts): a window the system thinks
      // hidden must not have its timers slowed into looking hung.
      backgroundThrottling: !kiosk,
    });
    window.once('ready-to-show', () => window.show());
    // A crashed renderer is reloaded: the audience resumes from its URL, the presenter asks it where the show is.
    // In kiosk mode the kiosk's recovery does it instead, at the loop start and by its policy.
    if (!kiosk) {
      window.webContents.on('render-process-gone', (_event, details) => {
        console.error(`${title}: renderer ${details.reason}; reloading`);
        if (!window.isDestroyed()) window.webContents.reload();
      });
      this.#remember(role, window);
    }
    void window.loadURL(url);
    return window;
  }

  /** Keeps the window's place in the state file as the speaker moves it. */
  #remember(role: Role, window: BrowserWindow): void {
    const store = this.options.state;
    if (!store) return;
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
  }
}

/** Puts a window at a placement or a remembered place (both a bounds and whether full screen). */
function apply(window: BrowserWindow, place: Pick<WindowPlacement, 'bounds' | 'fullScreen'>): void {
  if (window.isDestroyed()) return;
  if (window.isFullScreen() && !place.fullScreen) window.setFullScreen(false);
  window.setBounds(place.bounds);
  if (place.fullScreen && !window.isFullScreen()) window.setFullScreen(true);
}
