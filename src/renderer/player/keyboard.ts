/**
 * Keys to commands, as DESIGN.md's contract and presentation clickers expect
 * (clickers send PageUp/PageDown, sometimes B, F5 or Esc). Pure: the listener that
 * calls it lives in keyboard-driver.ts.
 */
import type { PlayerCommand } from '../../shared/commands';

export type KeyAction =
  | { kind: 'command'; command: PlayerCommand }
  | { kind: 'digit'; digit: string }
  | { kind: 'go-to-typed-scene' }
  | { kind: 'toggle-fullscreen' }
  | { kind: 'toggle-help' }
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

/** Every key the show answers to, for the help overlay: one list, so help never drifts from behaviour. */
export const KEY_HELP: ReadonlyArray<{ keys: string[]; does: string }> = [
  { keys: ['→', '↓', 'Page Down', 'Space', 'Enter', 'N'], does: 'Next step' },
  { keys: ['←', '↑', 'Page Up', 'Backspace', 'P'], does: 'Previous step' },
  { keys: ['Home'], does: 'First scene' },
  { keys: ['End'], does: 'Last step of the last scene' },
  { keys: ['0–9', 'then Enter'], does: 'Go to scene by number' },
  { keys: ['B', '.'], does: 'Black screen on or off' },
  { keys: ['F'], does: 'Full screen on or off' },
  { keys: ['A'], does: 'Autoplay on or off: each step holds for its planned time' },
  { keys: ['S'], does: 'Open the presenter view' },
  { keys: ['?'], does: 'This help' },
  { keys: ['Esc'], does: 'Close what is open' },
];

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
  if (key === 's' || key === 'S') return { kind: 'open-presenter' };
  if (key === 'Escape') return { kind: 'escape' };
  return { kind: 'none' };
}
