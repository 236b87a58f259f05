import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from './menu.ts';

describe('application menu', () => {
  it('offers the presenter view and a display swap, with accelerators, wired to the actions', () => {
    const actions = { openPresenter: vi.fn(), swapDisplays: vi.fn(), exportPdf: vi.fn() };
    const show = menuTemplate(actions, 'linux').find((item) => item.label === 'Show')!;
    const items = show.submenu as { label?: string; accelerator?: string; click?: () => void }[];
    const presenter = items.find((item) => item.label === 'Presenter View')!;
    const swap = items.find((item) => item.label === 'Swap Displays')!;
    expect(presenter.accelerator).toBe('CmdOrCtrl+Shift+P');
    expect(swap.accelerator).toBe('CmdOrCtrl+Shift+D');
    presenter.click!();
    swap.click!();
    expect(actions.openPresenter).toHaveBeenCalledOnce();
    expect(actions.swapDisplays).toHaveBeenCalledOnce();
    const file = menuTemplate(actions, 'linux').find((item) => item.label === 'File')!;
    const exportItem = (file.submenu as { label?: string; accelerator?: string; click?: () => void }[]).find((item) => item.label === 'Export PDF…')!;
    expect(exportItem.accelerator).toBe('CmdOrCtrl+E');
    exportItem.click!();
    expect(actions.exportPdf).toHaveBeenCalledOnce();
  });

  it('has the app menu first on macOS only', () => {
    const none = { openPresenter: () => {}, swapDisplays: () => {}, exportPdf: () => {} };
    expect(menuTemplate(none, 'darwin')[0]).toEqual({ role: 'appMenu' });
    expect(menuTemplate(none, 'win32')[0]).toMatchObject({ label: 'File' });
  });
});
