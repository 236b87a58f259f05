/**
 * show-windows.ts against a stand-in Electron that keeps the platform rules Electron 45
 * documents and that no Chromium run here can show (docs/electron-runtime.md):
 * - macOS: a window created with an explicit `fullscreen: false` is not fullscreenable
 *   (BaseWindowConstructorOptions.fullscreen), so setFullScreen(true) does nothing;
 * - macOS: full-screen transitions are asynchronous (win.setFullScreen): the window is
 *   full screen, or not, only at 'enter-full-screen' / 'leave-full-screen', and moving it
 *   before then is ignored;
 * - Linux and macOS: a window created full screen or in kiosk mode is shown at once,
 *   before its first paint, whatever `show: false` says.
 * The stand-in is a model of those rules, not Electron: the real app runs them in
 * e2e/electron/present-in-the-app.spec.ts where a binary exists.
 */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const LAPTOP = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const PROJECTOR = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } };

class FakeContents extends EventEmitter {
  id = Math.floor(Math.random() * 1e9);
  reloads = 0;
  loaded: string[] = [];
  reload() {
    this.reloads += 1;
  }
  loadURL(url: string) {
    this.loaded.push(url);
    return Promise.resolve();
  }
  getURL() {
    return this.loaded.at(-1) ?? '';
  }
  send() {}
}

/** macOS's rules, as Electron documents them. */
class FakeWindow extends EventEmitter {
  static all: FakeWindow[] = [];
  readonly options: Record<string, unknown>;
  readonly webContents = new FakeContents();
  readonly fullScreenable: boolean;
  visible: boolean;
  /** Shown before 'ready-to-show': a black window on screen before the deck has painted. */
  shownBeforePaint = false;
  painted = false;
  bounds: Rect;
  #fullScreen = false;
  #kiosk = false;
  #transition: 'entering' | 'leaving' | null = null;

  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    this.fullScreenable = options.fullscreen !== false && options.fullscreenable !== false;
    this.bounds = { x: Number(options.x ?? 100), y: Number(options.y ?? 100), width: Number(options.width), height: Number(options.height) };
    const startsFullScreen = options.fullscreen === true || options.kiosk === true;
    this.visible = startsFullScreen || options.show !== false;
    if (this.visible) this.shownBeforePaint = true;
    if (startsFullScreen) {
      this.#fullScreen = true;
      this.#kiosk = options.kiosk === true;
      this.bounds = { ...LAPTOP.bounds };
    }
    FakeWindow.all.push(this);
  }

  /** The deck has painted its first frame. */
  paint() {
    this.painted = true;
    this.emit('ready-to-show');
  }
  show() {
    if (!this.painted) this.shownBeforePaint = true;
    this.visible = true;
  }
  loadURL(url: string) {
    return this.webContents.loadURL(url);
  }
  focus() {}
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  close() {
    this.emit('closed');
  }
  isFullScreen() {
    return this.#fullScreen;
  }
  isKiosk() {
    return this.#kiosk;
  }
  setKiosk(flag: boolean) {
    this.#kiosk = flag;
    this.setFullScreen(flag);
  }
  setFullScreen(flag: boolean) {
    if (!this.fullScreenable || this.#transition || flag === this.#fullScreen) return;
    this.#transition = flag ? 'entering' : 'leaving';
    // AppKit animates the change and tells when it is done.
    setTimeout(() => {
      this.#transition = null;
      this.#fullScreen = flag;
      if (flag) this.bounds = { ...displayAt(this.bounds).bounds };
      this.emit(flag ? 'enter-full-screen' : 'leave-full-screen');
    }, 700);
  }
  setBounds(bounds: Rect) {
    if (this.#transition || this.#fullScreen) return; // ignored mid-transition and while full screen
    this.bounds = { ...bounds };
  }
  getBounds() {
    return { ...this.bounds };
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
}

let displays = [LAPTOP];
function displayAt(bounds: Rect) {
  const centre = { x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 };
  return (
    displays.find((d) => centre.x >= d.bounds.x && centre.x < d.bounds.x + d.bounds.width && centre.y >= d.bounds.y && centre.y < d.bounds.y + d.bounds.height) ??
    displays[0]!
  );
}
const fakeScreen = Object.assign(new EventEmitter(), {
  getAllDisplays: () => displays,
  getPrimaryDisplay: () => LAPTOP,
  getDisplayMatching: (bounds: Rect) => displayAt(bounds),
});
const showMessageBox = vi.fn(() => Promise.resolve({ response: 1 }));

vi.mock('electron', () => ({ BrowserWindow: FakeWindow, screen: fakeScreen, dialog: { showMessageBox } }));

const { ShowWindows } = await import('./show-windows');

function openShow(overrides: Partial<ConstructorParameters<typeof ShowWindows>[0]> = {}) {
  return new ShowWindows({
    audienceUrl: 'app://deck/index.html',
    presenterUrl: 'app://deck/index.html?view=presenter',
    preload: '/preload.cjs',
    title: 'Forced Repatriation',
    kiosk: false,
    presenterDisplay: null,
    placesWindows: true,
    devTools: false,
    state: null,
    ...overrides,
  });
}

function windowOf(show: InstanceType<typeof ShowWindows>, role: 'audience' | 'presenter'): FakeWindow {
  return (role === 'audience' ? show.audience : show.windows()[1]) as unknown as FakeWindow;
}

/** A talk on a laptop and a projector: both windows open and painted, the audience full screen on the projector. */
function talkOnTwoDisplays(overrides: Partial<ConstructorParameters<typeof ShowWindows>[0]> = {}) {
  displays = [LAPTOP, PROJECTOR];
  const show = openShow(overrides);
  show.openPresenter();
  for (const window of FakeWindow.all) window.paint();
  vi.advanceTimersByTime(1000);
  return { show, audience: windowOf(show, 'audience'), presenter: windowOf(show, 'presenter') };
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeWindow.all = [];
  displays = [LAPTOP];
  showMessageBox.mockClear();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the show windows on macOS, as Electron documents it', () => {
  it('creates every window able to go full screen: no explicit fullscreen: false', () => {
    const show = openShow();
    show.openPresenter();
    for (const window of FakeWindow.all) {
      expect(window.options).not.toHaveProperty('fullscreen');
      expect(window.options).not.toHaveProperty('kiosk');
      expect(window.fullScreenable).toBe(true);
    }
  });

  it('an ordinary audience window goes full screen when asked (F, the menu, the green button)', () => {
    const show = openShow();
    const audience = windowOf(show, 'audience');
    audience.paint();
    audience.setFullScreen(true);
    vi.advanceTimersByTime(1000);
    expect(audience.isFullScreen()).toBe(true);
  });

  it('a kiosk window is shown only after its first paint, then made a kiosk', () => {
    const show = openShow({ kiosk: true });
    const audience = windowOf(show, 'audience');
    expect(audience.visible).toBe(false);
    audience.paint();
    vi.advanceTimersByTime(1000);
    expect(audience.shownBeforePaint).toBe(false);
    expect(audience.visible).toBe(true);
    expect(audience.isKiosk()).toBe(true);
    expect(audience.isFullScreen()).toBe(true);
  });

  it('a window remembered full screen is shown after its first paint, then made full screen', () => {
    const state = {
      state: { audience: { bounds: { x: 1500, y: 50, width: 1280, height: 720 }, displayId: 2, fullScreen: true }, presenter: null, mode: 'present' as const },
      update: vi.fn(),
    };
    displays = [LAPTOP, PROJECTOR];
    const show = openShow({ state: state as never });
    const audience = windowOf(show, 'audience');
    expect(audience.visible).toBe(false);
    audience.paint();
    vi.advanceTimersByTime(1000);
    expect(audience.shownBeforePaint).toBe(false);
    expect(audience.isFullScreen()).toBe(true);
    expect(displayAt(audience.getBounds()).id).toBe(PROJECTOR.id);
  });

  it('Swap Displays moves a full-screen audience to the other display, full screen again', () => {
    const { show, audience, presenter } = talkOnTwoDisplays();
    expect(displayAt(audience.getBounds()).id).toBe(PROJECTOR.id);
    expect(audience.isFullScreen()).toBe(true);

    show.swapDisplays();
    vi.advanceTimersByTime(3000);
    expect(displayAt(audience.getBounds()).id).toBe(LAPTOP.id);
    expect(audience.isFullScreen()).toBe(true);
    expect(displayAt(presenter.getBounds()).id).toBe(PROJECTOR.id);
  });

  it('a projector pulled out mid-talk brings the full-screen audience back beside the presenter, windowed', () => {
    const { audience } = talkOnTwoDisplays();

    displays = [LAPTOP];
    fakeScreen.emit('display-removed');
    vi.advanceTimersByTime(3000);
    expect(audience.isFullScreen()).toBe(false);
    expect(displayAt(audience.getBounds()).id).toBe(LAPTOP.id);
    expect(audience.getBounds().width).toBeLessThan(LAPTOP.bounds.width);
  });
});

describe('the show windows as displays and the session change', () => {
  function arrangedShow() {
    const state = { state: { audience: null, presenter: null, mode: 'present' as const }, update: vi.fn(), flush: vi.fn() };
    const { show, audience } = talkOnTwoDisplays({ state: state as never });
    // The speaker takes the audience out of full screen and puts it somewhere of their own.
    audience.setFullScreen(false);
    vi.advanceTimersByTime(1000);
    audience.setBounds({ x: 1500, y: 100, width: 800, height: 450 });
    return { show, audience, state };
  }

  it('keeps the speaker’s arrangement when only a work area changes (a Dock or taskbar)', () => {
    const { audience } = arrangedShow();
    fakeScreen.emit('display-metrics-changed', {}, LAPTOP, ['workArea']);
    vi.advanceTimersByTime(3000);
    expect(audience.getBounds()).toEqual({ x: 1500, y: 100, width: 800, height: 450 });
    expect(audience.isFullScreen()).toBe(false);
  });

  it('places the windows again when a display changes size', () => {
    const { audience } = arrangedShow();
    fakeScreen.emit('display-metrics-changed', {}, PROJECTOR, ['bounds', 'workArea']);
    vi.advanceTimersByTime(3000);
    expect(audience.isFullScreen()).toBe(true);
  });

  it('writes where the windows are when Windows ends the session (no before-quit then)', () => {
    const { audience, state } = arrangedShow();
    state.flush.mockClear();
    audience.emit('session-end');
    expect(state.update).toHaveBeenLastCalledWith({ audience: expect.objectContaining({ bounds: { x: 1500, y: 100, width: 800, height: 450 } }) });
    expect(state.flush).toHaveBeenCalledOnce();
  });
});

describe('the show windows on native Wayland', () => {
  it('leaves placing to the compositor and remembers no place it cannot know', () => {
    displays = [LAPTOP, PROJECTOR];
    const state = { state: { audience: null, presenter: null, mode: 'present' as const }, update: vi.fn() };
    const show = openShow({ placesWindows: false, state: state as never });
    show.openPresenter();
    for (const window of FakeWindow.all) window.paint();
    const setBounds = vi.spyOn(FakeWindow.prototype, 'setBounds');
    show.swapDisplays();
    vi.advanceTimersByTime(3000);
    windowOf(show, 'audience').emit('move');
    windowOf(show, 'audience').emit('close');
    expect(setBounds).not.toHaveBeenCalled();
    expect(state.update).not.toHaveBeenCalled();
  });
});

describe('a renderer that dies', () => {
  it('is reloaded once at once, and again only after a growing pause when it keeps dying', () => {
    const show = openShow();
    const contents = windowOf(show, 'audience').webContents;
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    vi.advanceTimersByTime(300);
    expect(contents.reloads).toBe(1);
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    vi.advanceTimersByTime(300);
    expect(contents.reloads).toBe(1);
    vi.advanceTimersByTime(2000);
    expect(contents.reloads).toBe(2);
  });

  it('is not reloaded in a loop when its process cannot even start', () => {
    const show = openShow();
    const contents = windowOf(show, 'audience').webContents;
    for (let i = 0; i < 5; i += 1) {
      contents.emit('render-process-gone', {}, { reason: 'launch-failed', exitCode: 1 });
      vi.advanceTimersByTime(60_000);
    }
    expect(contents.reloads).toBeLessThanOrEqual(1);
    expect(showMessageBox).toHaveBeenCalled();
  });
});
