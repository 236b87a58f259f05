/**
 * One binding of the show's controls for every view: keys (key-map.ts), the clicker (which
 * sends keys), swipes, the wheel, pointer hiding and the URL, each wanted or not by the view.
 * It also holds what the keys open on screen (the help, the scene number being typed), for
 * Overlays.svelte to show.
 */
import type { PlayerCommand } from '../../shared/commands';
import type { Deck } from '../../shared/deck';
import { toggleReducedMotionSetting } from '../motion/motion-setting';
import type { Notices } from '../notices.svelte';
import { openPresenterWindow, toggleFullScreen } from '../platform/host';
import type { LookAheadMove } from '../presenter/look-ahead';
import { ui } from '../strings';
import { bindCursorHiding } from './cursor';
import { bindKeyboard } from './keyboard-driver';
import type { ViewAbility } from './key-map';
import { bindSwipe } from './swipe';
import { bindUrl } from './url-sync';
import { bindWheel } from './wheel';

export interface ControlsOptions {
  deck: Deck;
  /** Where commands go: the view's navigator. */
  dispatch: (command: PlayerCommand) => void;
  notices: Notices;
  /** F toggles full screen. Off in a kiosk (it stays full screen) and the scroll story (a page among others). */
  fullScreen: boolean;
  /** G opens the go-to box. Off in a kiosk (visitors only step through the story). */
  goTo: boolean;
  /** S opens the presenter window. Off in a kiosk (nobody presents) and in the presenter window itself. */
  presenter: boolean;
  /** Swipes and the wheel move a step. Off where they scroll the page instead. */
  gestures: boolean;
  /** A still pointer hides after this long; null where it never hides. */
  hidePointerAfterMs: number | null;
  /** A hash typed, or reached by Back and Forward, moves the show. */
  url: boolean;
  /** O opens the overview of every scene (default off: a kiosk, the scroll story and the overview page have none). */
  overview?: boolean;
  /** Where [, ] and L go: the presenter's private look-ahead (absent elsewhere). */
  lookAhead?: (move: LookAheadMove) => void;
  /**
   * The scroll story: a page read by scrolling. It has no stage to black out or play by itself
   * (its navigator ignores B and A), and the wheel and touch scroll it.
   */
  readByScrolling?: boolean;
}

/** How the help says the show moves besides keys: swipes and the wheel, scrolling the page, or neither. */
export type GestureHint = 'swipe' | 'scroll' | null;

export class Controls {
  helpOpen = $state(false);
  /** The go-to box (G) is open. */
  goToOpen = $state(false);
  /** The overview of every scene is open (O; Esc or choosing a scene closes it). */
  overviewOpen = $state(false);
  /** The scene number typed so far ('' when none), shown until used or abandoned. */
  typedDigits = $state('');
  readonly #options: ControlsOptions;

  constructor(options: ControlsOptions) {
    this.#options = options;
  }

  closeHelp = (): void => {
    this.helpOpen = false;
  };

  get deck(): Deck {
    return this.#options.deck;
  }

  /** What this view answers to: its keys and its help are both gated by these (key-map.ts). */
  get abilities(): ReadonlySet<ViewAbility> {
    const { readByScrolling = false, goTo, fullScreen, presenter, overview = false, lookAhead } = this.#options;
    const has: Record<ViewAbility, boolean> = { stage: !readByScrolling, goTo, fullScreen, presenter, overview, lookAhead: lookAhead !== undefined };
    return new Set((Object.keys(has) as ViewAbility[]).filter((ability) => has[ability]));
  }

  get gestureHint(): GestureHint {
    return this.#options.gestures ? 'swipe' : this.#options.readByScrolling ? 'scroll' : null;
  }

  closeGoTo = (): void => {
    this.goToOpen = false;
  };

  /** Where the go-to box sends the show: through the view's navigator, like every other command. */
  goToPlace = (position: { scene: number; step: number }): void => {
    this.goToOpen = false;
    this.#options.dispatch({ type: 'goto', ...position });
  };

  closeOverview = (): void => {
    this.overviewOpen = false;
  };

  /** Starts listening on `target`. Returns a function that stops. */
  bind(target: Window): () => void {
    const { deck, dispatch, notices, gestures, hidePointerAfterMs, url, lookAhead } = this.#options;
    const goTo = (position: { scene: number; step: number }) => dispatch({ type: 'goto', ...position });
    const unbinds = [
      bindKeyboard(target, {
        // The keys of what the view lacks (full screen, go-to, presenter, overview...) do nothing.
        abilities: this.abilities,
        dispatch,
        goToSceneNumber: (number) => {
          if (number < deck.scenes.length) goTo({ scene: number, step: 0 });
          else notices.add(ui().overlays.noSceneNumber(number, deck.scenes.length - 1));
        },
        openGoTo: () => {
          this.helpOpen = false;
          this.goToOpen = true;
        },
        toggleFullscreen: toggleFullScreen,
        toggleHelp: () => (this.helpOpen = !this.helpOpen),
        toggleMotion: toggleReducedMotionSetting,
        openPresenter: openPresenterWindow,
        toggleOverview: () => (this.overviewOpen = !this.overviewOpen),
        lookAhead,
        escape: () => {
          if (this.helpOpen) this.helpOpen = false;
          else if (this.overviewOpen) this.overviewOpen = false;
          else notices.clear();
        },
        onTypedDigits: (digits) => (this.typedDigits = digits),
      }),
    ];
    if (gestures) unbinds.push(bindSwipe(target, dispatch), bindWheel(target, dispatch));
    if (hidePointerAfterMs !== null) unbinds.push(bindCursorHiding(target, hidePointerAfterMs));
    if (url) unbinds.push(bindUrl(target, deck, { goTo, notify: notices.add }));
    return () => {
      for (const unbind of unbinds) unbind();
    };
  }
}
