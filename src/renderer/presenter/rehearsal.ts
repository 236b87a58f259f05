/**
 * Records a rehearsal: the time actually spent on every step, from arriving at it until
 * leaving it, on the talk timer's clock (so a pause is not counted).
 */
import type { Deck, Position } from '../../shared/deck';

export interface RehearsalTimes {
  /** Per scene id, seconds on each step; null for a step not reached. */
  scenes: Record<string, (number | null)[]>;
}

export class RehearsalRecorder {
  readonly #ms: (number | null)[][];
  #at: Position | null = null;
  #since = 0;

  constructor(private readonly deck: Deck) {
    this.#ms = deck.scenes.map((scene) => scene.steps.map(() => null));
  }

  /** The show is at `position` when the timer reads `elapsedMs`. */
  record(position: Position, elapsedMs: number): void {
    if (this.#at) {
      const row = this.#ms[this.#at.scene]!;
      row[this.#at.step] = (row[this.#at.step] ?? 0) + Math.max(0, elapsedMs - this.#since);
    }
    this.#at = { scene: position.scene, step: position.step };
    this.#since = elapsedMs;
  }

  /** Seconds per step, per scene id; steps never reached stay null. */
  times(): RehearsalTimes {
    return {
      scenes: Object.fromEntries(this.deck.scenes.map((scene, index) => [scene.id, this.#ms[index]!.map((ms) => (ms === null ? null : ms / 1000))])),
    };
  }

  /** Rehearsed seconds per scene (null for a scene not reached). */
  sceneSeconds(): (number | null)[] {
    return this.#ms.map((steps) => (steps.every((ms) => ms === null) ? null : steps.reduce<number>((sum, ms) => sum + (ms ?? 0), 0) / 1000));
  }
}
