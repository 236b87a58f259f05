import { describe, expect, it } from 'vitest';
import { ui } from '../strings';
import { actionForKey, ALL_ABILITIES, keyHelp, keyLabel, type ViewAbility } from './key-map';

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

  it('maps G to the go-to box', () => {
    expect(command('g')).toBe('open-go-to');
    expect(command('G')).toBe('open-go-to');
  });

  it('maps M to the reduced-motion setting', () => {
    expect(command('m')).toBe('toggle-motion');
    expect(command('M')).toBe('toggle-motion');
  });

  it('maps O to the overview, and [, ] and L to the presenter’s look-ahead, keys no clicker sends', () => {
    expect(['o', 'O'].map((key) => command(key))).toEqual(['toggle-overview', 'toggle-overview']);
    expect([']', '[', 'l', 'L'].map((key) => actionForKey({ key }, false))).toEqual([
      { kind: 'look-ahead', move: 'ahead' },
      { kind: 'look-ahead', move: 'back' },
      { kind: 'look-ahead', move: 'live' },
      { kind: 'look-ahead', move: 'live' },
    ]);
    for (const clickerKey of ['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', 'b', 'B', '.', 'F5', 'Escape']) {
      expect(actionForKey({ key: clickerKey }, false).kind, clickerKey).not.toBe('look-ahead');
    }
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
});

describe('keys a view does not answer to', () => {
  it('are unavailable there (nothing done, and F5 still kept from reloading a kiosk), and act where the view has the ability', () => {
    const kiosk = new Set<ViewAbility>(['stage']);
    expect(['F5', 'f', 'g', 's', 'o', ']'].map((key) => actionForKey({ key }, false, kiosk).kind)).toEqual(Array(6).fill('unavailable'));
    expect(['b', 'a', 'PageDown', 'm', '?'].map((key) => actionForKey({ key }, false, kiosk).kind)).toEqual(['command', 'command', 'command', 'toggle-motion', 'toggle-help']);
    expect(['b', 'a'].map((key) => actionForKey({ key }, false, new Set<ViewAbility>()).kind)).toEqual(['unavailable', 'unavailable']);
    expect(actionForKey({ key: 'F5' }, false, new Set<ViewAbility>(['fullScreen'])).kind).toBe('toggle-fullscreen');
    expect(actionForKey({ key: 'q' }, false, kiosk).kind).toBe('none');
  });
});

describe('the key help', () => {
  const does = ui().help.does;
  /** What the help must say of each action, written out here rather than read from the key map. */
  const helpFor: Record<string, string> = {
    next: does.next,
    previous: does.previous,
    first: does.first,
    last: does.last,
    digit: does.goToNumber,
    'go-to-typed-scene': does.goToNumber,
    'open-go-to': does.goToAnything,
    blackout: does.blackout,
    'toggle-fullscreen': does.fullScreen,
    'toggle-play': does.autoplay,
    'open-presenter': does.presenter,
    'toggle-overview': does.overview,
    'look-ahead': does.lookAhead,
    'look-back': does.lookBack,
    'look-live': does.backToLive,
    'toggle-motion': does.motion,
    'toggle-help': does.help,
    escape: does.close,
  };
  // Every key a keyboard or clicker may send that has one key value: printable characters and named keys.
  const printable = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index));
  const named = [
    'ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', 'Enter', 'Escape', 'Backspace',
    'Tab', 'Delete', 'Insert', 'Spacebar', 'ContextMenu', 'MediaPlayPause', 'AudioVolumeUp', 'BrowserBack', 'BrowserForward',
    ...Array.from({ length: 12 }, (_, index) => `F${index + 1}`),
  ];

  it.each([...printable, ...named])('lists %j beside what it does, if the show answers to it', (key) => {
    for (const typing of [false, true]) {
      const action = actionForKey({ key }, typing);
      if (action.kind === 'none') continue;
      const kind = action.kind === 'command' ? action.command.type : action.kind === 'look-ahead' ? `look-${action.move}` : action.kind;
      const label = action.kind === 'digit' ? '0–9' : action.kind === 'go-to-typed-scene' ? ui().help.keys.thenEnter : keyLabel(key);
      const entry = keyHelp().find((candidate) => candidate.keys.includes(label) && candidate.does === helpFor[kind]);
      expect(entry, `${JSON.stringify(key)} (${kind}${typing ? ', typing' : ''}) in the help as ${label}`).toBeDefined();
    }
  });

  it('lists in a view only the keys it answers to: each ability missing takes its own keys out, and no others', () => {
    const keysOf = (abilities: ReadonlySet<ViewAbility>) => keyHelp(abilities).flatMap((entry) => entry.keys);
    const every = keysOf(ALL_ABILITIES);
    const takenOut: Record<ViewAbility, string[]> = {
      stage: ['B', '.', 'A'],
      goTo: ['G'],
      fullScreen: ['F', 'F5'],
      presenter: ['S'],
      overview: ['O'],
      lookAhead: [']', '[', 'L'],
    };
    for (const [ability, keys] of Object.entries(takenOut) as [ViewAbility, string[]][]) {
      const without = new Set([...ALL_ABILITIES].filter((candidate) => candidate !== ability));
      expect(every.filter((key) => !keysOf(without).includes(key)), `without ${ability}`).toEqual(keys);
    }
    // The scroll story (no stage, go-to box, full screen, overview or look-ahead) still lists the moves a reader makes.
    const story = keyHelp(new Set<ViewAbility>(['presenter'])).map((entry) => entry.does);
    expect(story).toEqual([does.next, does.previous, does.first, does.last, does.goToNumber, does.presenter, does.motion, does.help, does.close]);
  });

  it('shows the keys as the help always has: named in words, one entry per action', () => {
    const { keys } = ui().help;
    expect(keyHelp().slice(0, 2).map((entry) => entry.keys)).toEqual([
      ['→', '↓', keys.pageDown, keys.space, keys.enter, 'N'],
      ['←', '↑', keys.pageUp, keys.backspace, 'P'],
    ]);
    expect(keyHelp().find((entry) => entry.does === does.fullScreen)!.keys).toEqual(['F', 'F5']);
    expect(new Set(keyHelp().map((entry) => entry.does)).size).toBe(keyHelp().length);
  });
});
