/**
 * The deck's visuals, each a chunk of its own (`virtual:deck`'s `visualLoaders`): loaded when a
 * scene is about to show one, so the first scene's script carries no other scene's drawing (the
 * two maps' data alone are about 20 KB gzipped). `visuals` is reactive: a scene waiting for its
 * visual mounts once it has come (SceneLayers.svelte), and views that show every scene (print,
 * scroll story, presenter, overview) await `loadAllVisuals()` before they mount.
 */
import type { Component } from 'svelte';
import { visualLoaders } from 'virtual:deck';
import { loadDrawingPlugin } from '../motion/motion';

/** The visuals loaded so far, by key (a scene's `visual`). */
export const visuals: Record<string, Component> = $state({});

const loads = new Map<string, Promise<Component>>();

/** Loads one visual (once, however often asked); rejects with its key when the deck has none by that name. */
export function loadVisual(key: string): Promise<Component> {
  let load = loads.get(key);
  if (!load) {
    const loader = visualLoaders[key];
    if (!loader) return Promise.reject(new Error(`The deck has no visual "${key}" (known: ${Object.keys(visualLoaders).join(', ')})`));
    // A drawing's strokes are drawn by a GSAP plugin of their own, ready before the drawing's scene can mount.
    load = Promise.all([loader(), loadDrawingPlugin()]).then(([{ default: visual }]) => (visuals[key] = visual));
    loads.set(key, load);
  }
  return load;
}

/** Whether a scene with this visual (or none) can be mounted now. */
export function visualLoaded(key: string | null): boolean {
  return key === null || key in visuals;
}

/** Every visual of the deck: for the views that show them all. */
export async function loadAllVisuals(): Promise<Record<string, Component>> {
  await Promise.all(Object.keys(visualLoaders).map(loadVisual));
  return visuals;
}
