import { describe, expect, it } from 'vitest';
import { parseChord, type Chord } from '../../shared/kiosk-settings';
import { isBlockedInKiosk, type KioskInput } from './kiosk-input';

/** An Electron Input from a chord-like description: "Control+Shift+I" (code for letters and digits). */
function input(text: string, type = 'keyDown'): KioskInput {
  const plusKey = text.endsWith('++');
  const parts = (plusKey ? text.slice(0, -2) : text).split('+');
  const key = plusKey ? '+' : parts.pop()!;
  const has = (name: string) => parts.includes(name);
  const code = /^[A-Za-z]$/.test(key) ? `Key${key.toUpperCase()}` : /^[0-9]$/.test(key) ? `Digit${key}` : key === '=' || key === '+' ? 'Equal' : key === '-' ? 'Minus' : key;
  return { type, key, code, control: has('Control'), alt: has('Alt') || key === 'Alt', shift: has('Shift'), meta: has('Meta') };
}

function chord(text: string): Chord {
  const parsed = parseChord(text);
  if (!('chord' in parsed)) throw new Error(parsed.error);
  return parsed.chord;
}

const exit = chord('Control+Alt+Shift+Q');

describe('keys blocked in kiosk mode', () => {
  it.each([
    ['Control+w', 'close the window'],
    ['Meta+w', 'close the window (macOS)'],
    ['Control+q', 'quit'],
    ['Meta+q', 'quit (macOS)'],
    ['Alt+F4', 'close the window (Windows)'],
    ['Control+F4', 'close the window or tab'],
    ['F11', 'leave full screen'],
    ['Control+r', 'reload'],
    ['Meta+r', 'reload (macOS)'],
    ['F5', 'reload'],
    ['Control+F5', 'hard reload'],
    ['Control+Shift+R', 'hard reload'],
    ['F12', 'developer tools'],
    ['Control+Shift+I', 'developer tools'],
    ['Meta+Shift+I', 'developer tools (macOS)'],
    ['Control+Shift+J', 'console'],
    ['Control+Shift+C', 'element picker'],
    ['Meta+Alt+I', 'developer tools (macOS)'],
    ['Meta+Alt+J', 'console (macOS)'],
    ['Control+m', 'minimise'],
    ['Meta+m', 'minimise (macOS)'],
    ['Meta+h', 'hide (macOS)'],
    ['Control+h', 'hide'],
    ['Control+p', 'print'],
    ['Meta+p', 'print (macOS)'],
    ['Control+n', 'new window'],
    ['Control+t', 'new tab'],
    ['Control+Shift+N', 'new window'],
    ['Control+=', 'zoom in'],
    ['Control+Shift++', 'zoom in'],
    ['Control+-', 'zoom out'],
    ['Control+0', 'zoom reset'],
    ['Meta+=', 'zoom in (macOS)'],
    ['Alt', 'the window menu'],
    ['F10', 'the window menu'],
  ])('blocks %s (%s)', (text) => {
    expect(isBlockedInKiosk(input(text), exit)).toBe(true);
  });

  it('blocks on key up as on key down, so no half of a shortcut gets through', () => {
    expect(isBlockedInKiosk(input('Alt', 'keyUp'), exit)).toBe(true);
    expect(isBlockedInKiosk(input('F12', 'keyUp'), exit)).toBe(true);
  });

  it('blocks by the physical key when a modifier changes the character (Cmd+Option+I is "ˆ" on a Mac)', () => {
    expect(isBlockedInKiosk({ type: 'keyDown', key: 'ˆ', code: 'KeyI', control: false, alt: true, shift: false, meta: true }, exit)).toBe(true);
    expect(isBlockedInKiosk({ type: 'keyDown', key: '+', code: 'NumpadAdd', control: true, alt: false, shift: false, meta: false }, exit)).toBe(true);
  });
});

describe('keys allowed in kiosk mode', () => {
  it.each([
    ['ArrowRight'], ['ArrowLeft'], ['ArrowUp'], ['ArrowDown'],
    ['PageDown'], ['PageUp'], [' '], ['Enter'], ['Home'], ['End'], ['Escape'], ['Backspace'],
    ['0'], ['1'], ['7'], ['9'],
    ['n'], ['p'], ['b'], ['f'], ['s'], ['q'], ['w'], ['r'], ['.'], ['?'],
    ['Shift+N'], ['Shift+?'],
    ['Shift'], ['Control'], ['Meta'],
  ])('lets %j through', (text) => {
    expect(isBlockedInKiosk(input(text), exit)).toBe(false);
  });

  it('lets the exit chord through, even one that would be blocked otherwise', () => {
    expect(isBlockedInKiosk(input('Control+Alt+Shift+Q'), exit)).toBe(false);
    expect(isBlockedInKiosk({ type: 'keyDown', key: 'Œ', code: 'KeyQ', control: true, alt: true, shift: true, meta: false }, exit)).toBe(false);
    const f12 = chord('Control+Alt+F12');
    expect(isBlockedInKiosk(input('Control+Alt+F12'), f12)).toBe(false);
    expect(isBlockedInKiosk(input('F12'), f12)).toBe(true);
    expect(isBlockedInKiosk(input('Control+Alt+F12'), exit)).toBe(true);
  });

  it('blocks a chord like the exit chord that is not it', () => {
    expect(isBlockedInKiosk(input('Control+Shift+Q'), exit)).toBe(true);
    expect(isBlockedInKiosk(input('Control+Alt+Q'), exit)).toBe(true);
  });
});
