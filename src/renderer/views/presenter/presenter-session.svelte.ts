/**
 * The presenter window's live state: the show as the audience window last announced it,
 * the talk timer (kept across a reload of this window), and time spent per scene.
 */
import type { PlayerCommand } from '../../../shared/commands';
import type { Deck } from '../../../shared/deck';
import type { SharedPlayerState } from '../../../shared/sync';
import { movementBetween, type Movement } from '../../player/player';
import { SceneClock } from '../../presenter/pacing';
import { RehearsalRecorder, type RehearsalTimes } from '../../presenter/rehearsal';
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
  /** While the audience's autoplay holds a step: whole seconds until it moves on; otherwise null. */
  autoplayLeftSeconds: number | null = $state(null);
  /** True while a rehearsal is being recorded. */
  rehearsing = $state(false);
  /** The last finished rehearsal, for its report. */
  rehearsed: { times: RehearsalTimes; sceneSeconds: (number | null)[] } | null = $state(null);

  readonly #timer = new TalkTimer();
  readonly #clock: SceneClock;
  readonly #link: SyncLink;
  readonly #deck: Deck;
  #recorder: RehearsalRecorder | null = null;
  /** When the audience's autoplay will move on, on this page's clock. */
  #holdEndsAt: number | null = null;

  constructor(deck: Deck, link: SyncLink) {
    this.#link = link;
    this.#deck = deck;
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

  /** Starts recording a rehearsal: the timer restarts from zero with it. */
  startRehearsal(): void {
    this.reset();
    this.#timer.start();
    this.#recorder = new RehearsalRecorder(this.#deck);
    if (this.show) this.#recorder.record(this.show, 0);
    this.rehearsing = true;
    this.rehearsed = null;
    this.#refresh();
  }

  finishRehearsal(): void {
    if (!this.#recorder) return;
    const elapsed = this.#timer.elapsedMs();
    if (this.show) this.#recorder.record(this.show, elapsed);
    this.#timer.pause();
    this.rehearsed = { times: this.#recorder.times(), sceneSeconds: this.#recorder.sceneSeconds() };
    this.#recorder = null;
    this.rehearsing = false;
    this.#refresh();
  }

  closeRehearsalReport(): void {
    this.rehearsed = null;
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
    this.#holdEndsAt = state.holdLeftMs === undefined ? null : performance.now() + state.holdLeftMs;
    this.#clock.record(state.scene, this.#timer.elapsedMs());
    this.#recorder?.record(state, this.#timer.elapsedMs());
    this.#refresh();
  }

  #refresh(): void {
    this.elapsedMs = this.#timer.elapsedMs();
    this.running = this.#timer.running;
    this.started = this.#timer.started;
    if (this.show) this.#clock.record(this.show.scene, this.elapsedMs);
    this.spentMs = [...this.#clock.spentMs];
    this.autoplayLeftSeconds = this.#holdEndsAt === null ? null : Math.max(0, Math.ceil((this.#holdEndsAt - performance.now()) / 1000));
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
