/**
 * The show's windows: the audience window and, on request, the presenter window, placed
 * on the displays there are (window-placement.ts) and moved when a display is plugged in
 * or pulled out, without ever closing either: the show goes on. In kiosk mode there is
 * only the audience window, and setup-kiosk.ts recovers it from crashes.
 */
import { BrowserWindow, screen } from 'electron';
import { placeWindows, type WindowPlacement } from './window-placement';
import { secureWebPreferences } from './security';

export interface ShowWindowsOptions {
  audienceUrl: string;
  presenterUrl: string;
  preload: string;
  title: string;
  kiosk: boolean;
  presenterDisplay: number | null;
}

const DISPLAY_SETTLE_MS = 400;

export class ShowWindows {
  readonly audience: BrowserWindow;
  #presenter: BrowserWindow | null = null;
  #swapped = false;
  #replaceTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: ShowWindowsOptions) {
    this.audience = this.#createWindow(options.audienceUrl, options.title, options.kiosk);
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
    this.#presenter = this.#createWindow(this.options.presenterUrl, `Presenter: ${this.options.title}`, false);
    this.#presenter.on('closed', () => {
      this.#presenter = null;
      this.place();
    });
    this.place();
  }

  swapDisplays(): void {
    this.#swapped = !this.#swapped;
    this.place();
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

  #createWindow(url: string, title: string, kiosk: boolean): BrowserWindow {
    const window = new BrowserWindow({
      width: 1280,
      height: 720,
      minWidth: 480,
      minHeight: 270,
      title,
      backgroundColor: '#000000',
      show: false,
      kiosk,
      fullscreen: kiosk,
      autoHideMenuBar: true,
      // A kiosk page beats a heartbeat every second (setup-kiosk.ts): a window the system thinks
      // hidden must not have its timers slowed into looking hung.
      webPreferences: { ...secureWebPreferences(this.options.preload), backgroundThrottling: !kiosk },
    });
    window.once('ready-to-show', () => window.show());
    // A crashed renderer is reloaded: the audience resumes from its URL, the presenter asks it where the show is.
    // In kiosk mode the kiosk's recovery does it instead, at the loop start and by its policy.
    if (!kiosk) {
      window.webContents.on('render-process-gone', (_event, details) => {
        console.error(`${title}: renderer ${details.reason}; reloading`);
        if (!window.isDestroyed()) window.webContents.reload();
      });
    }
    void window.loadURL(url);
    return window;
  }
}

function apply(window: BrowserWindow, placement: WindowPlacement): void {
  if (window.isFullScreen() && !placement.fullScreen) window.setFullScreen(false);
  window.setBounds(placement.bounds);
  if (placement.fullScreen && !window.isFullScreen()) window.setFullScreen(true);
}
