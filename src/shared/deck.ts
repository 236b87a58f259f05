/**
 * The deck model every process shares: what the loader produces, the renderer plays,
 * the presenter view and the PDF export read. Plain JSON, so it crosses IPC and
 * the `virtual:deck` module unchanged.
 */

/** How a step's text is set on the stage. */
export type TextStyle = 'body' | 'lead' | 'quote' | 'caption';

/**
 * How a scene divides the 1920x1080 stage between text and visual:
 * column (text only), split (text left, visual right), stacked (visual band above text),
 * narrow (a narrow centred column, silence around it), cards (each step a numbered card).
 */
export type SceneLayout = 'column' | 'split' | 'stacked' | 'narrow' | 'cards';

/** An illustration from assets/, shown with a step. */
export interface Figure {
  /** URL of the asset as the renderer loads it (resolved by the loader). */
  src: string;
  /** Text alternative; empty when the figure is decorative. */
  alt: string;
}

export interface Step {
  /** Words of the article, verbatim. Empty when the step shows none. */
  article: string;
  /** Our own words (content note, captions, credits): never the article. */
  text: string;
  style: TextStyle;
  /** Names of elements in the scene's visual (`data-cue`) that appear at this step. */
  cues: string[];
  figure: Figure | null;
  /** When true, the text of earlier steps leaves as this step arrives. */
  clear: boolean;
  /** Planned time on screen in seconds: autoplay holds the step this long; pacing compares against it. */
  seconds: number;
}

/**
 * A stretch of a scene's notes, rendered: about one step (`step`, 0-based), or, written before
 * the first `[step n]` marker, about the whole scene (`step: null`).
 */
export interface NotesPart {
  step: number | null;
  html: string;
}

export interface Scene {
  /** Stable, URL-safe name: `#/<id>/<step>`. */
  id: string;
  /** Our title for the scene (presenter view, overview, bookmarks). */
  title: string;
  /** True for the content advisory shown before the story. */
  advisory: boolean;
  layout: SceneLayout;
  /** Key of the scene's visual component in `virtual:deck`'s `visualLoaders`, or null for text only. */
  visual: string | null;
  /**
   * Ours: what the visual shows, in words, where the drawing carries meaning (a route, a field of
   * lights). The printed PDF makes such a drawing a figure with this text; a visual without it
   * is decorative there (an artifact), as every visual is in the live show, where the words carry the story.
   */
  visualAlt?: string;
  steps: Step[];
  /**
   * Presenter notes: the markdown as written, safe HTML rendered from it (raw HTML disabled),
   * and, when the notes carry step markers (`[step 2]`), the same notes in parts by step.
   */
  notes: { markdown: string; html: string; parts: NotesPart[] };
  /** Where the scene was authored, relative to the project (for messages and write-back). */
  source: string;
}

/** The deck a renderer build plays, written into its folder (deck/vite-plugin.ts), read by node/built-deck.ts. */
export const BUILT_DECK_FILE = 'deck.json';

export interface Deck {
  title: string;
  author: string;
  /** The id of the scene whose drawing the printed cover shows; none: a cover of words alone. */
  cover?: string;
  scenes: Scene[];
}

/** A place in the deck. Scene and step are 0-based indexes. */
export interface Position {
  scene: number;
  step: number;
}

export function stepCounts(deck: Deck): number[] {
  return deck.scenes.map((scene) => scene.steps.length);
}
