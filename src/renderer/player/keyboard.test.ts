import { describe, expect, it } from 'vitest';
import { actionForKey, keyHelp } from './keyboard';

const command = (key: string, typing = false) => {
  const action = actionForKey({ key }, typing);
  return action.kind === 'command' ? action.command.type : action.kind;
};

describe('keys', () => {
  it.each(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n', 'N'])('%j goes to the next step', (key) => {
    expect(command(key)).toBe('next');
  });

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P'])('%j goes to the previous step', (key) => {
    expect(command(key)).toBe('previous');
  });

  it('maps Home, End, blackout, fullscreen, help and Escape', () => {
    expect(['Home', 'End', 'b', 'B', '.', 'f', 'F', 'F5', '?', 'Escape', 's', 'S', 'a', 'A'].map((key) => command(key))).toEqual([
      'first', 'last', 'blackout', 'blackout', 'blackout', 'toggle-fullscreen', 'toggle-fullscreen', 'toggle-fullscreen', 'toggle-help', 'escape',
      'open-presenter', 'open-presenter', 'toggle-play', 'toggle-play',
    ]);
  });

  it('maps M to the reduced-motion setting', () => {
    expect(command('m')).toBe('toggle-motion');
    expect(command('M')).toBe('toggle-motion');
    expect(keyHelp().some((entry) => entry.keys.includes('M'))).toBe(true);
  });

  it('treats Enter after digits as "go to that scene"', () => {
    expect(actionForKey({ key: '4' }, false)).toEqual({ kind: 'digit', digit: '4' });
    expect(command('Enter', true)).toBe('go-to-typed-scene');
  });

  it('leaves browser and system shortcuts alone', () => {
    expect(actionForKey({ key: 'ArrowRight', altKey: true }, false).kind).toBe('none');
    expect(actionForKey({ key: 'r', ctrlKey: true }, false).kind).toBe('none');
    expect(actionForKey({ key: 'f', metaKey: true }, false).kind).toBe('none');
    expect(command('x')).toBe('none');
  });

  it('lists in the help every key it answers to', () => {
    const listed = keyHelp().flatMap((entry) => entry.keys).join(' ');
    for (const key of ['Page Down', 'Page Up', 'Space', 'Enter', 'Backspace', 'Home', 'End', 'B', 'F', 'S', '?', 'Esc']) {
      expect(listed).toContain(key);
    }
  });
});
