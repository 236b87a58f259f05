/**
 * Listens for keys on a window and turns them into player commands and view actions.
 * Digits typed before Enter go to that scene number (scene numbers start at 0, as in
 * the slide file names); the typed digits are shown until used or abandoned.
 */
import type { PlayerCommand } from '../../shared/commands';
import type { LookAheadMove } from '../presenter/look-ahead';
import { actionForKey, type ViewAbility } from './key-map';

export interface KeyboardHandlers {
  /** What the view answers to: keys that need anything else do nothing (key-map.ts). */
  abilities: ReadonlySet<ViewAbility>;
  dispatch: (command: PlayerCommand) => void;
  goToSceneNumber: (sceneNumber: number) => void;
  /** G: the box that goes to a scene by number, id or title, or to a step by its words. */
  openGoTo: () => void;
  toggleFullscreen: () => void;
  toggleHelp: () => void;
  /** Reduced motion on or off (the app's own setting); optional where motion has no meaning. */
  toggleMotion?: () => void;
  openPresenter: () => void;
  /** O: the overview open or closed. */
  toggleOverview: () => void;
  /** [, ] and L: the presenter's private look-ahead; optional where there is none. */
  lookAhead?: (move: LookAheadMove) => void;
  escape: () => void;
  /** The digits typed so far ('' when none), for an on-screen hint. */
  onTypedDigits: (digits: string) => void;
}

const TYPING_TIMEOUT_MS = 2500;

export function bindKeyboard(target: Window, handlers: KeyboardHandlers): () => void {
  let digits = '';
  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  const setDigits = (next: string) => {
    digits = next;
    clearTimeout(clearTimer);
    if (digits) clearTimer = setTimeout(() => setDigits(''), TYPING_TIMEOUT_MS);
    handlers.onTypedDigits(digits);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || isEditable(event.target)) return;
    // Enter and Space press a focused button or link, as everywhere on the web: a keyboard user
    // must be able to press one. (Clickers send Page Up and Page Down; typed digits keep Enter.)
    if (digits === '' && (event.key === 'Enter' || event.key === ' ') && isPressable(event.target)) return;
    const action = actionForKey(event, digits !== '', handlers.abilities);
    if (action.kind === 'none') return;
    event.preventDefault();
    switch (action.kind) {
      case 'unavailable':
        return;
      case 'digit':
        setDigits((digits + action.digit).slice(-3));
        return;
      case 'go-to-typed-scene': {
        const sceneNumber = Number(digits);
        setDigits('');
        handlers.goToSceneNumber(sceneNumber);
        return;
      }
      case 'command':
        setDigits('');
        handlers.dispatch(action.command);
        return;
      case 'open-go-to':
        setDigits('');
        handlers.openGoTo();
        return;
      case 'toggle-fullscreen':
        handlers.toggleFullscreen();
        return;
      case 'toggle-motion':
        handlers.toggleMotion?.();
        return;
      case 'toggle-help':
        handlers.toggleHelp();
        return;
      case 'open-presenter':
        handlers.openPresenter();
        return;
      case 'toggle-overview':
        handlers.toggleOverview();
        return;
      case 'look-ahead':
        handlers.lookAhead?.(action.move);
        return;
      case 'escape':
        setDigits('');
        handlers.escape();
        return;
    }
  };
  target.addEventListener('keydown', onKeyDown);
  return () => {
    clearTimeout(clearTimer);
    target.removeEventListener('keydown', onKeyDown);
  };
}

function isPressable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary, [role="button"], [role="link"], [role="option"], [role="menuitem"], [role="tab"]') !== null;
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
