/**
 * Pacing: the planned time (from the slides' `seconds`) against the time actually taken,
 * overall and per scene, in words a speaker can take in at a glance.
 */
import type { Deck, Position } from '../../shared/deck';
import { ui } from '../strings';

export function plannedSecondsOfScene(deck: Deck, scene: number): number {
  return (deck.scenes[scene]?.steps ?? []).reduce((sum, step) => sum + step.seconds, 0);
}

/** Planned seconds from the start of the talk to the moment `position` is reached. */
export function plannedSecondsBefore(deck: Deck, position: Position): number {
  let total = 0;
  for (let scene = 0; scene < position.scene; scene++) total += plannedSecondsOfScene(deck, scene);
  const steps = deck.scenes[position.scene]?.steps ?? [];
  for (let step = 0; step < position.step; step++) total += steps[step]?.seconds ?? 0;
  return total;
}

export type PaceVerdict = 'ahead' | 'on-time' | 'behind';

/** Within this many seconds of the plan counts as on time. */
export const ON_TIME_SECONDS = 15;

export function paceVerdict(actualSeconds: number, plannedSeconds: number): { verdict: PaceVerdict; words: string } {
  const delta = actualSeconds - plannedSeconds;
  const words = ui().presenter.pace;
  if (Math.abs(delta) <= ON_TIME_SECONDS) return { verdict: 'on-time', words: words.onTime };
  return delta > 0
    ? { verdict: 'behind', words: words.behind(formatDuration(delta)) }
    : { verdict: 'ahead', words: words.ahead(formatDuration(-delta)) };
}

/** 75 -> "1:15", 3725 -> "1:02:05". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/**
 * Time actually spent in each scene, counted while the talk timer runs. Fed with the
 * scene on screen and the talk's elapsed time whenever either changes.
 */
export class SceneClock {
  readonly spentMs: number[];
  #scene: number | null = null;
  #since = 0;

  constructor(sceneCount: number) {
    this.spentMs = Array.from({ length: sceneCount }, () => 0);
  }

  /** `elapsedMs` is the talk timer's reading now; time between readings goes to the scene that was on screen. */
  record(scene: number, elapsedMs: number): void {
    if (this.#scene !== null) this.spentMs[this.#scene]! += Math.max(0, elapsedMs - this.#since);
    this.#scene = scene;
    this.#since = elapsedMs;
  }

  reset(): void {
    this.spentMs.fill(0);
    this.#scene = null;
    this.#since = 0;
  }
}
