declare module 'virtual:deck' {
  import type { Component } from 'svelte';
  import type { Deck } from '../shared/deck';
  /**
   * The deck in slides/, loaded and validated at build time (src/deck/vite-plugin.ts). Its scenes'
   * notes are empty until src/renderer/deck-notes.ts has loaded them (a chunk of their own).
   */
  export const deck: Deck;
  /** The scenes' presenter notes (HTML and parts by step; no markdown), by scene id. */
  export const notesLoader: () => Promise<{ notes: Record<string, Deck['scenes'][number]['notes']> }>;
  /** Each scene's visual component, by scene id, as a chunk of its own to load when shown. */
  export const visualLoaders: Record<string, () => Promise<{ default: Component }>>;
  /** Each visual's file, by scene id: only when rendered on the server at build time (first-scene/server-render.ts). */
  export const visualFiles: Record<string, string> | undefined;
}
