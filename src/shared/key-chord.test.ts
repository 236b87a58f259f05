import { describe, expect, it } from 'vitest';
import { formatChord, matchesChord, parseChord, type Chord } from './key-chord.ts';

function chord(text: string): Chord {
  const parsed = parseChord(text);
  if (!('chord' in parsed)) throw new Error(parsed.error);
  return parsed.chord;
}

const keyEvent = (key: string, modifiers: Partial<{ ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey: boolean }> = {}, code?: string) => ({
  key,
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...modifiers,
});

describe('exit chords', () => {
  it('reads modifiers in any spelling and one key, lowercased', () => {
    expect(chord('Control+Alt+Shift+Q')).toEqual({ key: 'q', ctrl: true, alt: true, shift: true, meta: false });
    expect(chord('ctrl + shift + F12')).toEqual({ key: 'f12', ctrl: true, alt: false, shift: true, meta: false });
    expect(chord('Command+Option+Esc')).toEqual({ key: 'escape', ctrl: false, alt: true, shift: false, meta: true });
    expect(chord('Super+Alt+7')).toEqual({ key: '7', ctrl: false, alt: true, shift: false, meta: true });
    expect(chord('Control+Alt+Up')).toMatchObject({ key: 'arrowup' });
  });

  it.each([
    ['', 'it is empty'],
    ['Control+Q', 'it has one modifier; it needs at least two, so that a visitor cannot press it by chance'],
    ['Q', 'it has no modifier; it needs at least two, so that a visitor cannot press it by chance'],
    ['Control+Alt', 'it has no key after its modifiers'],
    ['Control+Alt+Q+W', 'it has 2 keys ("Q", "W"); a chord takes exactly one'],
    ['Control++Alt+Q', 'it has an empty part between "+" signs'],
    ['Control+Control+Q', 'it names Control twice'],
    ['CmdOrCtrl+Alt+Q', '"CmdOrCtrl" means different keys on different systems: name Control or Meta'],
    ['Control+Alt+Banana', '"Banana" is not a key name (use a letter, a digit, F1 to F24, or Escape, Space, Enter, Tab, Backspace, Delete, Insert, Home, End, PageUp, PageDown, Up, Down, Left, Right)'],
    ['Control+Alt+F25', '"F25" is not a key name (use a letter, a digit, F1 to F24, or Escape, Space, Enter, Tab, Backspace, Delete, Insert, Home, End, PageUp, PageDown, Up, Down, Left, Right)'],
  ])('refuses %j: %s', (text, error) => {
    expect(parseChord(text)).toEqual({ error });
  });

  it('writes a chord back in one spelling', () => {
    expect(formatChord(chord('shift+alt+ctrl+q'))).toBe('Control+Alt+Shift+Q');
    expect(formatChord(chord('cmd+option+pagedown'))).toBe('Alt+Meta+PageDown');
    expect(formatChord(chord('Control+Alt+f5'))).toBe('Control+Alt+F5');
  });

  it('matches the chord whatever the case of the key, and by code when a modifier changes the key', () => {
    const exit = chord('Control+Alt+Shift+Q');
    const all = { ctrlKey: true, altKey: true, shiftKey: true };
    expect(matchesChord(exit, keyEvent('Q', all))).toBe(true);
    expect(matchesChord(exit, keyEvent('q', all))).toBe(true);
    expect(matchesChord(exit, keyEvent('Œ', all, 'KeyQ'))).toBe(true);
    expect(matchesChord(chord('Control+Alt+1'), keyEvent('¡', { ctrlKey: true, altKey: true }, 'Digit1'))).toBe(true);
    expect(matchesChord(chord('Control+Alt+Space'), keyEvent(' ', { ctrlKey: true, altKey: true }))).toBe(true);
    expect(matchesChord(chord('Control+Alt+F12'), keyEvent('F12', { ctrlKey: true, altKey: true }, 'F12'))).toBe(true);
  });

  it('does not match another key or other modifiers', () => {
    const exit = chord('Control+Alt+Shift+Q');
    expect(matchesChord(exit, keyEvent('q', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(matchesChord(exit, keyEvent('q', { ctrlKey: true, altKey: true, shiftKey: true, metaKey: true }))).toBe(false);
    expect(matchesChord(exit, keyEvent('w', { ctrlKey: true, altKey: true, shiftKey: true }, 'KeyW'))).toBe(false);
    expect(matchesChord(exit, keyEvent('q', {}, 'KeyQ'))).toBe(false);
    expect(matchesChord(exit, keyEvent('Unidentified', { ctrlKey: true, altKey: true, shiftKey: true }, ''))).toBe(false);
  });
});
