/**
 * The presenter window's talk: the timer (kept across a reload of this window), time spent
 * per scene, autoplay's countdown and rehearsals, all following the show as the remote
 * navigator hears it.
 */
import type { Deck } from '../../../shared/deck';
import type { SharedPlayerState } from '../../../shared/sync';
import type { Travel } from '../../navigation/navigator';
import type { RemoteNavigator } from '../../navigation/remote-navigator.svelte';
import { SceneClock } from '../../presenter/pacing';
import { RehearsalRecorder, type RehearsalTimes } from '../../presenter/rehearsal';
import { isTimerSnapshot, TalkTimer } from '../../presenter/timer';

const TIMER_KEY = 'forced-repatriation-deck:presenter-timer';
const TICK_MS = 250;

export class PresenterSession {
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
  readonly #navigator: RemoteNavigator;
  readonly #deck: Deck;
  #recorder: RehearsalRecorder | null = null;
  /** When the audience's autoplay will move on, on this page's clock. */
  #holdEndsAt: number | null = null;

  constructor(deck: Deck, navigator: RemoteNavigator) {
    this.#navigator = navigator;
    this.#deck = deck;
    this.#clock = new SceneClock(deck.scenes.length);
    this.spentMs = [...this.#clock.spentMs];
    this.#restoreTimer();
  }

  /** Follows the show and keeps the clocks ticking. Returns a stop function. */
  connect(): () => void {
    const stopFollowing = this.#navigator.connect((state, moved) => this.#onMove(state, moved));
    const tick = setInterval(() => this.#refresh(), TICK_MS);
    return () => {
      stopFollowing();
      clearInterval(tick);
    };
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
    if (this.#navigator.state) this.#clock.record(this.#navigator.state.scene, 0);
    this.#refresh();
  }

  /** Starts recording a rehearsal: the timer restarts from zero with it. */
  startRehearsal(): void {
    this.reset();
    this.#timer.start();
    this.#recorder = new RehearsalRecorder(this.#deck);
    if (this.#navigator.state) this.#recorder.record(this.#navigator.state, 0);
    this.rehearsing = true;
    this.rehearsed = null;
    this.#refresh();
  }

  finishRehearsal(): void {
    if (!this.#recorder) return;
    const elapsed = this.#timer.elapsedMs();
    if (this.#navigator.state) this.#recorder.record(this.#navigator.state, elapsed);
    this.#timer.pause();
    this.rehearsed = { times: this.#recorder.times(), sceneSeconds: this.#recorder.sceneSeconds() };
    this.#recorder = null;
    this.rehearsing = false;
    this.#refresh();
  }

  closeRehearsalReport(): void {
    this.rehearsed = null;
  }

  #onMove(state: SharedPlayerState, moved: Travel): void {
    // The talk starts with the first move forward.
    if (moved.forward && !this.#timer.started) this.#timer.start();
    this.#holdEndsAt = state.holdLeftMs === undefined ? null : performance.now() + state.holdLeftMs;
    this.#clock.record(state.scene, this.#timer.elapsedMs());
    this.#recorder?.record(state, this.#timer.elapsedMs());
    this.#refresh();
  }

  #refresh(): void {
    this.elapsedMs = this.#timer.elapsedMs();
    this.running = this.#timer.running;
    this.started = this.#timer.started;
    if (this.#navigator.state) this.#clock.record(this.#navigator.state.scene, this.elapsedMs);
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
