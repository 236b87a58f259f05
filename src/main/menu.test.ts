import { describe, expect, it, vi, type Mock } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_ACCELERATORS, menuTemplate, type MenuActions } from './menu.ts';

function actions(): Record<keyof MenuActions, Mock<() => void>> {
  const action = () => vi.fn<() => void>();
  return {
    present: action(),
    scrollMode: action(),
    openPresenter: action(),
    toggleAutoplay: action(),
    swapDisplays: action(),
    phoneRemote: action(),
    kiosk: action(),
    exportPdf: action(),
    exportVideo: action(),
    reloadDeck: action(),
    about: action(),
  };
}

/** Every item with a label, anywhere in the menu. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]).filter((item) => item.label);
}

function item(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items(template).find((candidate) => candidate.label === label);
  if (!found) throw new Error(`no menu item "${label}"`);
  return found;
}

describe('application menu', () => {
  it.each([
    ['Present', 'present', 'CmdOrCtrl+Shift+Enter'],
    ['Scroll Mode', 'scrollMode', 'CmdOrCtrl+Shift+S'],
    ['Presenter View', 'openPresenter', 'CmdOrCtrl+Shift+P'],
    ['Autoplay', 'toggleAutoplay', 'CmdOrCtrl+Shift+A'],
    ['Swap Displays', 'swapDisplays', 'CmdOrCtrl+Shift+D'],
    ['Phone Remote…', 'phoneRemote', 'CmdOrCtrl+Shift+R'],
    ['Kiosk Mode…', 'kiosk', 'CmdOrCtrl+Shift+K'],
    ['Export PDF…', 'exportPdf', 'CmdOrCtrl+E'],
    ['Export Video…', 'exportVideo', 'CmdOrCtrl+Shift+E'],
    ['Reload Deck', 'reloadDeck', 'CmdOrCtrl+R'],
    ['About Forced Repatriation', 'about', 'F1'],
  ] as const)('offers %s with its accelerator, wired to its action', (label, action, accelerator) => {
    const wired = actions();
    const entry = item(menuTemplate(wired, { platform: 'linux' }), label);
    expect(entry.accelerator).toBe(accelerator);
    (entry.click as () => void)();
    expect(wired[action]).toHaveBeenCalledOnce();
    for (const other of Object.keys(wired) as (keyof MenuActions)[]) if (other !== action) expect(wired[other]).not.toHaveBeenCalled();
  });

  it('gives every action one accelerator of its own, none a key the page uses alone', () => {
    const accelerators = Object.values(MENU_ACCELERATORS);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    for (const accelerator of accelerators) expect(accelerator).toMatch(/^(CmdOrCtrl\+|F1$)/);
    const used = items(menuTemplate(actions(), { platform: 'linux' })).flatMap((entry) => (entry.accelerator ? [entry.accelerator] : []));
    expect(used.sort()).toEqual([...accelerators].sort());
  });

  it('checks the mode the audience plays in', () => {
    const scroll = menuTemplate(actions(), { platform: 'linux', mode: 'scroll' });
    expect(item(scroll, 'Present')).toMatchObject({ type: 'radio', checked: false });
    expect(item(scroll, 'Scroll Mode')).toMatchObject({ type: 'radio', checked: true });
    expect(item(menuTemplate(actions(), { platform: 'linux' }), 'Present').checked).toBe(true);
  });

  it('names the app in About', () => {
    expect(() => item(menuTemplate(actions(), { productName: 'Deck' }), 'About Deck')).not.toThrow();
  });

  it('has the app menu first on macOS only, and Quit on the others', () => {
    expect(menuTemplate(actions(), { platform: 'darwin' })[0]).toEqual({ role: 'appMenu' });
    const windows = menuTemplate(actions(), { platform: 'win32' });
    expect(windows[0]).toMatchObject({ label: 'File' });
    expect((windows[0]!.submenu as MenuItemConstructorOptions[]).some((entry) => entry.role === 'quit')).toBe(true);
  });
});
