/**
 * The remembered windows' Electron glue: the store (window-state-file.ts) opened in the
 * user-data folder, its problems sent to the console and the error log, and whatever is
 * still waiting written when the app quits.
 */
import { app } from 'electron';
import type { AppLog } from './app-log';
import { WindowStateStore, windowStatePath } from './window-state-file';

export function setupWindowState(userData: string, log: AppLog): WindowStateStore {
  const state = new WindowStateStore(windowStatePath(userData), {
    report: (problem) => {
      console.warn(`window state: ${problem}`);
      log.write('state-problem', { problem });
    },
  });
  // Both: 'before-quit' comes before the windows' own last 'close' saves, 'will-quit' after them.
  app.on('before-quit', () => state.flush());
  app.on('will-quit', () => state.flush());
  return state;
}
