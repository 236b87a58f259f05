/**
 * The presenter window's live state: the show as the audience window last announced it,
 * the talk timer (kept across a reload of this window), and time spent per scene.
 */
import type { PlayerCommand } from '../../../shared/commands';
import type { Deck } from '../../../shared/deck';
import type { SharedPlayerState } from '../../../shared/sync';
import { movementBetween, type Movement } from '../../player/player';
import { SceneClock } from '../../presenter/pacing';
import { isTimerSnapshot, TalkTimer } from '../../presenter/timer';
import type { SyncLink } from '../../sync/sync-link';

const TIMER_KEY = 'forced-repatriation-deck:presenter-timer';
const HELLO_EVERY_MS = 1000;
const TICK_MS = 250;

export class PresenterSession {
  show: SharedPlayerState | null = $state(null);
  movement: Movement = $state('none');
  sceneDirection: 'forward' | 'backward' = $state('forward');
  elapsedMs = $state(0);
  running = $state(false);
  /** False until the talk begins (the first move forward, or Start). */
  started = $state(false);
  spentMs: number[] = $state([]);

  readonly #timer = new TalkTimer();
  readonly #clock: SceneClock;
  readonly #link: SyncLink;

  constructor(deck: Deck, link: SyncLink) {
    this.#link = link;
    this.#clock = new SceneClock(deck.scenes.length);
    this.spentMs = [...this.#clock.spentMs];
    this.#restoreTimer();
  }

  /** Starts listening; asks the audience window for the show until it answers. Returns a stop function. */
  connect(): () => void {
    const stopListening = this.#link.listen((message) => {
      if (message.kind === 'state') this.#onState(message.state);
    });
    this.#link.sendHello();
    const hello = setInterval(() => {
      if (!this.show) this.#link.sendHello();
    }, HELLO_EVERY_MS);
    const tick = setInterval(() => this.#refresh(), TICK_MS);
    return () => {
      stopListening();
      clearInterval(hello);
      clearInterval(tick);
    };
  }

  send(command: PlayerCommand): void {
    this.#link.sendCommand(command);
  }

  pause(): void {
    this.#timer.pause();
    this.#refresh();
  }

  resume(): void {
    if (this.#timer.started) this.#timer.resume();
    else this.#timer.start();
    this.#refresh();
  }

  /** Deliberate only: the view asks for confirmation first. */
  reset(): void {
    this.#timer.reset();
    this.#clock.reset();
    if (this.show) this.#clock.record(this.show.scene, 0);
    this.#refresh();
  }

  #onState(state: SharedPlayerState): void {
    const before = this.show;
    if (before) {
      this.movement = movementBetween(before, state);
      if (state.scene !== before.scene) this.sceneDirection = state.scene < before.scene ? 'backward' : 'forward';
      // The talk starts with the first move forward.
      const forward = state.scene > before.scene || (state.scene === before.scene && state.step > before.step);
      if (forward && !this.#timer.started) this.#timer.start();
    } else {
      this.movement = 'jump';
    }
    this.show = state;
    this.#clock.record(state.scene, this.#timer.elapsedMs());
    this.#refresh();
  }

  #refresh(): void {
    this.elapsedMs = this.#timer.elapsedMs();
    this.running = this.#timer.running;
    this.started = this.#timer.started;
    if (this.show) this.#clock.record(this.show.scene, this.elapsedMs);
    this.spentMs = [...this.#clock.spentMs];
    sessionStorage.setItem(TIMER_KEY, JSON.stringify(this.#timer.save()));
  }

  #restoreTimer(): void {
    try {
      const saved: unknown = JSON.parse(sessionStorage.getItem(TIMER_KEY) ?? 'null');
      if (isTimerSnapshot(saved)) this.#timer.restore(saved);
    } catch {
      // A corrupt saved reading: the timer starts afresh.
    }
    this.elapsedMs = this.#timer.elapsedMs();
    this.running = this.#timer.running;
    this.started = this.#timer.started;
  }
}
