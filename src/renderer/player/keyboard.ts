/**
 * Keys to commands, as docs/design.md's contract and presentation clickers expect
 * (clickers send PageUp/PageDown, sometimes B, F5 or Esc). Pure: the listener that
 * calls it lives in keyboard-driver.ts.
 */
import type { PlayerCommand } from '../../shared/commands';
import { ui } from '../strings';

export type KeyAction =
  | { kind: 'command'; command: PlayerCommand }
  | { kind: 'digit'; digit: string }
  | { kind: 'go-to-typed-scene' }
  | { kind: 'toggle-fullscreen' }
  | { kind: 'toggle-help' }
  | { kind: 'toggle-motion' }
  | { kind: 'open-presenter' }
  | { kind: 'escape' }
  | { kind: 'none' };

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);

/**
 * Every key the show answers to, for the help overlay: one list, so help never drifts from
 * behaviour. A function, so the keys' names and what they do are in the language chosen.
 */
export function keyHelp(): ReadonlyArray<{ keys: string[]; does: string }> {
  const { keys, does } = ui().help;
  return [
    { keys: ['→', '↓', keys.pageDown, keys.space, keys.enter, 'N'], does: does.next },
    { keys: ['←', '↑', keys.pageUp, keys.backspace, 'P'], does: does.previous },
    { keys: [keys.home], does: does.first },
    { keys: [keys.end], does: does.last },
    { keys: ['0–9', keys.thenEnter], does: does.goToNumber },
    { keys: ['B', '.'], does: does.blackout },
    { keys: ['F'], does: does.fullScreen },
    { keys: ['A'], does: does.autoplay },
    { keys: ['S'], does: does.presenter },
    { keys: ['M'], does: does.motion },
    { keys: ['?'], does: does.help },
    { keys: [keys.esc], does: does.close },
  ];
}

/** `typing` is true while scene digits are being entered, so Enter means "go" rather than "next". */
export function actionForKey(input: KeyInput, typing: boolean): KeyAction {
  if (input.ctrlKey || input.metaKey || input.altKey) return { kind: 'none' };
  const { key } = input;
  if (/^[0-9]$/.test(key)) return { kind: 'digit', digit: key };
  if (key === 'Enter') return typing ? { kind: 'go-to-typed-scene' } : { kind: 'command', command: { type: 'next' } };
  if (NEXT.has(key)) return { kind: 'command', command: { type: 'next' } };
  if (PREVIOUS.has(key)) return { kind: 'command', command: { type: 'previous' } };
  if (key === 'Home') return { kind: 'command', command: { type: 'first' } };
  if (key === 'End') return { kind: 'command', command: { type: 'last' } };
  if (key === 'b' || key === 'B' || key === '.') return { kind: 'command', command: { type: 'blackout' } };
  if (key === 'a' || key === 'A') return { kind: 'command', command: { type: 'toggle-play' } };
  if (key === 'f' || key === 'F' || key === 'F5') return { kind: 'toggle-fullscreen' };
  if (key === '?') return { kind: 'toggle-help' };
  if (key === 'm' || key === 'M') return { kind: 'toggle-motion' };
  if (key === 's' || key === 'S') return { kind: 'open-presenter' };
  if (key === 'Escape') return { kind: 'escape' };
  return { kind: 'none' };
}
