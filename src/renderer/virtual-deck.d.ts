declare module 'virtual:deck' {
  import type { Component } from 'svelte';
  import type { Deck } from '../shared/deck';
  /** The deck in slides/, loaded and validated at build time (src/deck/vite-plugin.ts). */
  export const deck: Deck;
  /** Each scene's visual component, by scene id, as a chunk of its own to load when shown. */
  export const visualLoaders: Record<string, () => Promise<{ default: Component }>>;
}
