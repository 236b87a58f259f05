/**
 * Which keys the kiosk swallows before the page (or Chromium) sees them: every way out of
 * the show or into developer tools that Electron or Chromium offers. Applied in main to
 * webContents' 'before-input-event', so a page that hangs cannot let them through.
 * What the operating system takes first (Alt+Tab, Cmd+Tab, Ctrl+Alt+Del, the Windows key,
 * Cmd+Option+Esc) never reaches the app and needs the system's own kiosk settings; see
 * docs/kiosk.md. The exit chord always passes: the page handles it.
 */
import { matchesChord, type Chord } from '../../shared/key-chord';

/** The fields of Electron's Input this needs. */
export interface KioskInput {
  type: string;
  key: string;
  code?: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

/** With Ctrl or Cmd: close (W), quit (Q), reload (R), print (P), new window or tab (N, T), minimise (M), hide (H). */
const COMMAND_LETTERS = new Set(['w', 'q', 'r', 'p', 'n', 't', 'm', 'h']);
/** With Ctrl/Cmd+Shift or Cmd+Option: developer tools, console, element picker. */
const DEVTOOLS_LETTERS = new Set(['i', 'j', 'c']);
/** With Ctrl or Cmd: zoom in, out and back. */
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);
const ZOOM_CODES = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);
/** Whatever the modifiers: reload (F5), full screen (F11), devtools (F12), the menu (F10). */
const FUNCTION_KEYS = new Set(['f5', 'f10', 'f11', 'f12']);

/** The letter a key stands for, from `code` when a modifier changed `key` (Cmd+Option+I is "ˆ" on a Mac). */
function letter(input: KioskInput): string {
  const fromCode = /^Key([A-Z])$/.exec(input.code ?? '');
  return fromCode ? fromCode[1]!.toLowerCase() : input.key.toLowerCase();
}

export function isBlockedInKiosk(input: KioskInput, exitChord: Chord | null = null): boolean {
  if (exitChord && matchesChord(exitChord, { key: input.key, code: input.code, ctrlKey: input.control, altKey: input.alt, shiftKey: input.shift, metaKey: input.meta })) {
    return false;
  }
  const key = input.key.toLowerCase();
  const command = input.control || input.meta;
  if (FUNCTION_KEYS.has(key)) return true;
  // Alt alone opens the window menu on Windows and Linux.
  if (key === 'alt' && !input.control && !input.meta) return true;
  if (key === 'f4' && (input.alt || command)) return true;
  if (!command) return false;
  const name = letter(input);
  if (COMMAND_LETTERS.has(name)) return true;
  if (DEVTOOLS_LETTERS.has(name) && (input.shift || input.alt)) return true;
  if (ZOOM_KEYS.has(key) || ZOOM_CODES.has(input.code ?? '')) return true;
  return false;
}
