/**
 * Key chords such as the kiosk's exit chord: read from Electron-accelerator-like text
 * ("Control+Alt+Shift+Q") and matched against keyboard events, in the page (KeyboardEvent)
 * and in main (Electron's Input, mapped to the same fields). Pure: no Node, no DOM.
 */

/** A key chord. `key` is lowercased: 'q', '7', 'f12', 'escape', 'space', 'arrowup'. */
export interface Chord {
  key: string;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

type Modifier = 'ctrl' | 'alt' | 'shift' | 'meta';

const MODIFIER_NAMES: Record<string, Modifier> = {
  control: 'ctrl', ctrl: 'ctrl',
  alt: 'alt', option: 'alt',
  shift: 'shift',
  meta: 'meta', command: 'meta', cmd: 'meta', super: 'meta',
};

/** Named keys as written in a chord, to the lowercased KeyboardEvent.key they stand for. */
const NAMED_KEYS: Record<string, string> = {
  escape: 'escape', esc: 'escape',
  space: 'space',
  enter: 'enter', return: 'enter',
  tab: 'tab', backspace: 'backspace', delete: 'delete', insert: 'insert',
  home: 'home', end: 'end', pageup: 'pageup', pagedown: 'pagedown',
  up: 'arrowup', down: 'arrowdown', left: 'arrowleft', right: 'arrowright',
  arrowup: 'arrowup', arrowdown: 'arrowdown', arrowleft: 'arrowleft', arrowright: 'arrowright',
};

/** How a chord's key is written back (formatChord). */
const KEY_DISPLAY: Record<string, string> = {
  escape: 'Escape', space: 'Space', enter: 'Enter', tab: 'Tab', backspace: 'Backspace', delete: 'Delete',
  insert: 'Insert', home: 'Home', end: 'End', pageup: 'PageUp', pagedown: 'PageDown',
  arrowup: 'Up', arrowdown: 'Down', arrowleft: 'Left', arrowright: 'Right',
};

const KEY_HELP = 'a letter, a digit, F1 to F24, or Escape, Space, Enter, Tab, Backspace, Delete, Insert, Home, End, PageUp, PageDown, Up, Down, Left, Right';

function chordKey(name: string): string | null {
  const lower = name.toLowerCase();
  if (/^[a-z0-9]$/.test(lower) || /^f([1-9]|1\d|2[0-4])$/.test(lower)) return lower;
  return NAMED_KEYS[lower] ?? null;
}

/** Reads an Electron-accelerator-like chord: "Control+Alt+Shift+Q". */
export function parseChord(text: string): { chord: Chord } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'it is empty' };
  const parts = trimmed.split('+').map((part) => part.trim());
  if (parts.some((part) => part === '')) return { error: 'it has an empty part between "+" signs' };
  const chord: Chord = { key: '', ctrl: false, alt: false, shift: false, meta: false };
  const keys: string[] = [];
  let modifiers = 0;
  for (const part of parts) {
    const modifier = MODIFIER_NAMES[part.toLowerCase()];
    if (modifier) {
      if (chord[modifier]) return { error: `it names ${part} twice` };
      chord[modifier] = true;
      modifiers++;
      continue;
    }
    if (/^(cmd|command)orctrl$|^(ctrl|control)orcmd$/i.test(part)) {
      return { error: `"${part}" means different keys on different systems: name Control or Meta` };
    }
    const key = chordKey(part);
    if (key === null) return { error: `"${part}" is not a key name (use ${KEY_HELP})` };
    keys.push(part);
    chord.key = key;
  }
  if (keys.length === 0) return { error: 'it has no key after its modifiers' };
  if (keys.length > 1) return { error: `it has ${keys.length} keys (${keys.map((key) => `"${key}"`).join(', ')}); a chord takes exactly one` };
  if (modifiers < 2) {
    return { error: `it has ${modifiers === 0 ? 'no modifier' : 'one modifier'}; it needs at least two, so that a visitor cannot press it by chance` };
  }
  return { chord };
}

/** The chord in one canonical spelling: "Control+Alt+Shift+Q". */
export function formatChord(chord: Chord): string {
  const names = [chord.ctrl && 'Control', chord.alt && 'Alt', chord.shift && 'Shift', chord.meta && 'Meta'].filter(Boolean);
  const key = KEY_DISPLAY[chord.key] ?? chord.key.toUpperCase();
  return [...names, key].join('+');
}

/** KeyboardEvent.key, lowercased and in the chord's vocabulary. */
function eventKey(key: string): string {
  if (key === ' ' || key === 'Spacebar') return 'space';
  if (key === 'Esc') return 'escape';
  return key.toLowerCase();
}

/** True when `code` (KeyboardEvent.code, layout independent) is the physical key of `key`. */
function codeIsKey(code: string, key: string): boolean {
  if (/^[a-z]$/.test(key)) return code === `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return code === `Digit${key}` || code === `Numpad${key}`;
  return code.toLowerCase() === key;
}

/**
 * True when a keyboard event (DOM KeyboardEvent-like, or Electron's Input mapped to the same
 * field names) is the chord. Modifiers must match exactly; the key matches case-insensitively
 * or by `code` (KeyQ), since Shift and Alt change `key` on some layouts (Alt+Q is "œ" on a Mac).
 */
export function matchesChord(
  chord: Chord,
  event: { key: string; code?: string; ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey: boolean },
): boolean {
  if (event.ctrlKey !== chord.ctrl || event.altKey !== chord.alt || event.shiftKey !== chord.shift || event.metaKey !== chord.meta) return false;
  if (eventKey(event.key) === chord.key) return true;
  return event.code !== undefined && event.code !== '' && codeIsKey(event.code, chord.key);
}
