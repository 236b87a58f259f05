/**
 * What every measurement hands back: named figures with their units, and whatever detail
 * explains them (kept in the JSON, not in the table). One shape, so the budget check and the
 * report know nothing about how a figure was taken.
 */
import type { Browser } from '@playwright/test';
import type { Deck } from '../src/shared/deck.ts';

export interface Figure {
  /** Stable within its measurement: budgets name it as `<measurement>.<id>`. */
  id: string;
  label: string;
  value: number;
  unit: string;
}

export interface Measurement {
  name: string;
  title: string;
  figures: Figure[];
  /** How it was measured, in a sentence or two, for the JSON. */
  method: string;
  details?: unknown;
}

/** What a measurement gets to work with. */
export interface BenchContext {
  browser: Browser;
  /** The served renderer's root, without a trailing slash. */
  url: string;
  /**
   * The same files served cross-origin isolated, for 5 µs clocks in frame timing (100 µs otherwise).
   * Not for load times: isolated, cold loads measured ~300 ms slower here.
   */
  isolatedUrl: string;
  rendererDir: string;
  deck: Deck;
  quick: boolean;
  log: (line: string) => void;
}

export interface MeasurementModule {
  name: string;
  run(context: BenchContext): Promise<Measurement>;
}

export function figure(id: string, label: string, value: number, unit: string): Figure {
  return { id, label, value, unit };
}
