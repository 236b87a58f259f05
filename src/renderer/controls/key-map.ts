/**
 * Keys to actions, as docs/design.md's contract and presentation clickers expect (clickers send
 * PageUp/PageDown, sometimes B, F5 or Esc). One table: key handling and the help overlay
 * are both read from it, so the help lists every key the show answers to. Pure: the
 * listener lives in keyboard-driver.ts.
 */
import type { PlayerCommand } from '../../shared/commands';
import type { LookAheadMove } from '../presenter/look-ahead';
import { ui } from '../strings';

export type KeyAction =
  | { kind: 'command'; command: PlayerCommand }
  | { kind: 'digit'; digit: string }
  | { kind: 'go-to-typed-scene' }
  | { kind: 'toggle-fullscreen' }
  | { kind: 'open-go-to' }
  | { kind: 'toggle-help' }
  | { kind: 'toggle-motion' }
  | { kind: 'open-presenter' }
  | { kind: 'toggle-overview' }
  | { kind: 'look-ahead'; move: LookAheadMove }
  | { kind: 'escape' }
  /** A key of the show that this view does not answer to: it does nothing, and is still kept from the browser (F5 would reload a kiosk). */
  | { kind: 'unavailable' }
  | { kind: 'none' };

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

type HelpWords = ReturnType<typeof ui>['help'];

/**
 * What a view may lack: the scroll story has no stage to black out or play by itself, a kiosk no
 * go-to box, only the presenter view looks ahead. The one gate for both the keys (actionForKey)
 * and the help (keyHelp), so the help lists exactly the keys that do something.
 */
export type ViewAbility = 'stage' | 'goTo' | 'fullScreen' | 'presenter' | 'overview' | 'lookAhead';

/** Every ability: the help of a view that has them all lists every key. */
export const ALL_ABILITIES: ReadonlySet<ViewAbility> = new Set(['stage', 'goTo', 'fullScreen', 'presenter', 'overview', 'lookAhead']);

interface KeyBinding {
  /** `KeyboardEvent.key` values. */
  keys: readonly string[];
  /** What the keys do; digits carry the digit pressed. */
  action: KeyAction | ((key: string) => KeyAction);
  /** What the help says the keys do. */
  does: (words: HelpWords['does']) => string;
  /** The ability a view needs for these keys to do anything there; none when every view answers. */
  needs?: ViewAbility;
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const command = (type: 'next' | 'previous' | 'first' | 'last' | 'blackout' | 'toggle-play'): KeyAction => ({ kind: 'command', command: { type } });

/** Every key the show answers to, in the order the help lists them. */
const KEY_MAP: readonly KeyBinding[] = [
  { keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'Enter', 'n', 'N'], action: command('next'), does: (does) => does.next },
  { keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P'], action: command('previous'), does: (does) => does.previous },
  { keys: ['Home'], action: command('first'), does: (does) => does.first },
  { keys: ['End'], action: command('last'), does: (does) => does.last },
  // Digits, then Enter (which means "go" while digits are typed: see actionForKey).
  { keys: DIGITS, action: (digit) => ({ kind: 'digit', digit }), does: (does) => does.goToNumber },
  { keys: ['g', 'G'], action: { kind: 'open-go-to' }, does: (does) => does.goToAnything, needs: 'goTo' },
  { keys: ['b', 'B', '.'], action: command('blackout'), does: (does) => does.blackout, needs: 'stage' },
  { keys: ['f', 'F', 'F5'], action: { kind: 'toggle-fullscreen' }, does: (does) => does.fullScreen, needs: 'fullScreen' },
  { keys: ['a', 'A'], action: command('toggle-play'), does: (does) => does.autoplay, needs: 'stage' },
  { keys: ['s', 'S'], action: { kind: 'open-presenter' }, does: (does) => does.presenter, needs: 'presenter' },
  { keys: ['o', 'O'], action: { kind: 'toggle-overview' }, does: (does) => does.overview, needs: 'overview' },
  // The presenter's private look-ahead: keys no clicker sends, so a clicker always drives the live show.
  { keys: [']'], action: { kind: 'look-ahead', move: 'ahead' }, does: (does) => does.lookAhead, needs: 'lookAhead' },
  { keys: ['['], action: { kind: 'look-ahead', move: 'back' }, does: (does) => does.lookBack, needs: 'lookAhead' },
  { keys: ['l', 'L'], action: { kind: 'look-ahead', move: 'live' }, does: (does) => does.backToLive, needs: 'lookAhead' },
  { keys: ['m', 'M'], action: { kind: 'toggle-motion' }, does: (does) => does.motion },
  { keys: ['?'], action: { kind: 'toggle-help' }, does: (does) => does.help },
  { keys: ['Escape'], action: { kind: 'escape' }, does: (does) => does.close },
];

const BINDINGS = new Map(KEY_MAP.flatMap((binding) => binding.keys.map((key) => [key, binding] as const)));

/**
 * `typing` is true while scene digits are being entered, so Enter means "go" rather than "next";
 * `abilities` are the view's (a key whose binding needs another is unavailable).
 */
export function actionForKey(input: KeyInput, typing: boolean, abilities: ReadonlySet<ViewAbility> = ALL_ABILITIES): KeyAction {
  if (input.ctrlKey || input.metaKey || input.altKey) return { kind: 'none' };
  const { key } = input;
  if (key === 'Enter' && typing) return { kind: 'go-to-typed-scene' };
  const binding = BINDINGS.get(key);
  if (!binding) return { kind: 'none' };
  if (binding.needs && !abilities.has(binding.needs)) return { kind: 'unavailable' };
  return typeof binding.action === 'function' ? binding.action(key) : binding.action;
}

/** A key as the help shows it: keys named in words in the language chosen, letters upper case. */
export function keyLabel(key: string): string {
  const { keys } = ui().help;
  const named: Record<string, string> = {
    ArrowRight: '→',
    ArrowDown: '↓',
    ArrowLeft: '←',
    ArrowUp: '↑',
    PageDown: keys.pageDown,
    PageUp: keys.pageUp,
    ' ': keys.space,
    Spacebar: keys.space,
    Enter: keys.enter,
    Backspace: keys.backspace,
    Home: keys.home,
    End: keys.end,
    Escape: keys.esc,
  };
  return named[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

/** The help's entries for a view with `abilities`, read from the key map, in the language chosen. */
export function keyHelp(abilities: ReadonlySet<ViewAbility> = ALL_ABILITIES): ReadonlyArray<{ keys: string[]; does: string }> {
  const words = ui().help;
  return KEY_MAP.filter((binding) => !binding.needs || abilities.has(binding.needs)).map((binding) => ({
    keys: binding.keys === DIGITS ? [`${DIGITS[0]}–${DIGITS.at(-1)}`, words.keys.thenEnter] : [...new Set(binding.keys.map(keyLabel))],
    does: binding.does(words.does),
  }));
}

