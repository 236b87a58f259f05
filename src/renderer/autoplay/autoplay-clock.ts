/**
 * Autoplay's clock: while the player is playing, each step holds for its planned time,
 * then the clock sends the next move (loop-plan.ts decides which). It never owns the
 * show's state: the view tells it the state after every change and it reschedules, so
 * a key, a swipe or the presenter can move the show mid-hold and the clock follows.
 */
import type { PlayerCommand } from '../../shared/commands';
import type { Deck } from '../../shared/deck';
import type { PlayerState } from '../navigation/player';
import { autoplayNext, holdMs, type LoopPlan } from './loop-plan';

/** The current hold, for progress indicators and the presenter's countdown. */
export interface Hold {
  /** When the hold began, in the page's clock (performance.now()). */
  startedAt: number;
  durationMs: number;
}

export interface AutoplayOptions {
  dispatch: (command: PlayerCommand) => void;
  /** The kiosk's loop, or null to stop at the end of the deck. */
  plan: LoopPlan | null;
  /** A new loop begins (kiosk): its number, counting from 1 for the first. */
  onLoop?: (loop: number) => void;
  /** The hold changed: a new step is held, or autoplay stopped (null). */
  onHold?: (hold: Hold | null) => void;
}

export class AutoplayClock {
  readonly #deck: Deck;
  readonly #options: AutoplayOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #hold: Hold | null = null;
  #loops = 1;

  constructor(deck: Deck, options: AutoplayOptions) {
    this.#deck = deck;
    this.#options = options;
  }

  /** Milliseconds left of the current hold, or null when not playing. */
  leftMs(now = performance.now()): number | null {
    return this.#hold ? Math.max(0, this.#hold.startedAt + this.#hold.durationMs - now) : null;
  }

  /** Call after every change of the player's state: a moved or paused show restarts or stops the hold. */
  update(state: PlayerState): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!state.playing || state.blackout) {
      this.#setHold(null);
      return;
    }
    const durationMs = holdMs(this.#deck, state);
    this.#setHold({ startedAt: performance.now(), durationMs });
    this.#timer = setTimeout(() => this.#advance(state), durationMs);
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#hold = null;
  }

  #advance(from: PlayerState): void {
    this.#timer = undefined;
    const next = autoplayNext(this.#deck, from, this.#options.plan);
    if (!next) {
      this.#options.dispatch({ type: 'pause' });
      return;
    }
    if (next.newLoop) this.#options.onLoop?.(++this.#loops);
    this.#options.dispatch({ type: 'goto', ...next.to });
  }

  #setHold(hold: Hold | null): void {
    this.#hold = hold;
    this.#options.onHold?.(hold);
  }
}
