/**
 * Motion settings shared by every scene. Reduced motion comes from the system setting
 * or from `?motion=reduced`; when on, scenes fade and nothing travels.
 */
import { gsap } from 'gsap';

/** Quiet, deliberate motion (docs/content.md): slow eases, nothing that overshoots. */
export const MOTION = {
  enter: { duration: 1.1, ease: 'power2.out', travel: 28 },
  exit: { duration: 0.7, ease: 'power1.in', travel: -16 },
  /** A stroke drawn slowly, like a line made by hand. */
  draw: { duration: 2.2, ease: 'power1.inOut' },
  /** Something shown fading back to a trace. */
  dim: { duration: 1.4, ease: 'power1.inOut' },
  dimmed: 0.18,
  /** Cross-fade between scenes, in milliseconds (Svelte transitions). */
  sceneFadeMs: 600,
} as const;

export function systemPrefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

let drawingPlugin: Promise<void> | null = null;

/**
 * GSAP's DrawSVG plugin, which draws a cued stroke (`data-enter="draw"`): only drawings have
 * strokes to draw, so it comes with the first drawing loaded (visual-store.svelte.ts), not with
 * the first scene's script. Loaded and registered once.
 */
export function loadDrawingPlugin(): Promise<void> {
  drawingPlugin ??= import('gsap/DrawSVGPlugin').then(({ DrawSVGPlugin }) => void gsap.registerPlugin(DrawSVGPlugin));
  return drawingPlugin;
}

/** GSAP defaults for the whole app: set once at start-up. */
export function configureGsap(): void {
  gsap.defaults({ overwrite: 'auto' });
  // Moving text and shapes as 2D transforms: GSAP's default lifts each moving element into a
  // compositor layer of its own at a sub-pixel offset, and without a GPU (the bench's Chromium,
  // a kiosk PC on a basic driver) drawing those layers each frame cost the display compositor
  // ~16 ms a frame during a scene change, against ~3 ms for repainting the text in place.
  gsap.config({ force3D: false });
  // Keep timelines on the clock when the tab is hidden (a presenter switching windows).
  gsap.ticker.lagSmoothing(500, 33);
}
