/**
 * Lazy thumbnails for the overview. A scene is drawn only when its cell comes near the visible
 * part of the grid (an IntersectionObserver on the grid's own scroll box), and only a few are
 * drawn a frame, so opening an overview of 200 scenes costs a frame of placeholders, not a
 * second of scenes; a cell that goes out of reach goes back to its placeholder, so scrolling
 * through 200 never keeps 200 scenes alive.
 */
import { flushSync } from 'svelte';

/** Work per frame spent drawing thumbnails, beyond the first of the frame: leaves room for the frame's own work. */
const FRAME_BUDGET_MS = 8;

export class ThumbnailLoader {
  #observer: IntersectionObserver | null = null;
  readonly #nearMargin: string;
  readonly #shows = new Map<Element, (shown: boolean) => void>();
  /** Cells near the view, waiting to be drawn, in the order they came near. */
  readonly #waiting = new Set<Element>();
  #frame: number | null = null;

  /** Cells within `nearMargin` of what the grid's scroll box shows count as near (by default, half a box height). */
  constructor(nearMargin = '50% 0px') {
    this.#nearMargin = nearMargin;
  }

  /**
   * Starts watching within `root`, the grid's scroll box, once it is on the page: the cells can be
   * made in the same pass as the grid (a second pass over 200 cells was a long frame of its own).
   */
  start(root: Element): void {
    this.#observer = new IntersectionObserver((entries) => this.#seen(entries), { root, rootMargin: this.#nearMargin });
    for (const cell of this.#shows.keys()) this.#observer.observe(cell);
  }

  /** `show` is told when the cell's scene should be drawn (true) or go back to a placeholder (false). Returns a function that stops. */
  watch(cell: Element, show: (shown: boolean) => void): () => void {
    this.#shows.set(cell, show);
    this.#observer?.observe(cell);
    return () => {
      this.#observer?.unobserve(cell);
      this.#shows.delete(cell);
      this.#waiting.delete(cell);
    };
  }

  dispose(): void {
    this.#observer?.disconnect();
    this.#shows.clear();
    this.#waiting.clear();
    if (this.#frame !== null) cancelAnimationFrame(this.#frame);
  }

  #seen(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (entry.isIntersecting) {
        this.#waiting.add(entry.target);
      } else {
        this.#waiting.delete(entry.target);
        this.#shows.get(entry.target)?.(false);
      }
    }
    if (this.#waiting.size > 0 && this.#frame === null) this.#frame = requestAnimationFrame(() => this.#drawSome());
  }

  #drawSome(): void {
    this.#frame = null;
    const started = performance.now();
    for (const cell of this.#waiting) {
      this.#waiting.delete(cell);
      const show = this.#shows.get(cell);
      // Drawn now, not at Svelte's next flush, so the frame's budget measures the real work.
      if (show) flushSync(() => show(true));
      if (performance.now() - started > FRAME_BUDGET_MS) break;
    }
    if (this.#waiting.size > 0) this.#frame = requestAnimationFrame(() => this.#drawSome());
  }
}
