/**
 * Renders the first scene for index.html, at build time, in Node (Vite's server-side rendering;
 * src/build/first-scene-plugin.ts calls it): the markup painted before the renderer's scripts
 * (painted-first-scene.ts), and what the gate script needs to show it at rest.
 */
import { render } from 'svelte/server';
import { deck, visualFiles } from 'virtual:deck';
import type { Scene } from '../../shared/deck';
import { MOTION } from '../motion/motion';
import { loadVisual, visuals } from '../scenes/visual-store.svelte';
import FirstScenePicture from './FirstScenePicture.svelte';

export interface RenderedFirstScene {
  /** The stage's markup, as the audience view renders it at the first scene's first step. */
  html: string;
  sceneId: string;
  /** The drawing's parts the first step cues: on screen once it is, where the stylesheet hides every cued part. */
  firstCues: string[];
  /** The opacity a part cued to dim fades to. */
  dimmed: number;
  /** The file of the scene's visual, whose chunk's stylesheet the painted page must link; null without one. */
  visualFile: string | null;
}

export async function renderFirstScene(): Promise<RenderedFirstScene> {
  const scene: Scene | undefined = deck.scenes[0];
  if (!scene) throw new Error('the deck has no scenes: there is no first scene to render');
  if (scene.visual) await loadVisual(scene.visual);
  const { body } = await render(FirstScenePicture, { props: { deck, visuals } });
  const visualFile = scene.visual ? (visualFiles?.[scene.visual] ?? null) : null;
  if (scene.visual && !visualFile) throw new Error(`the first scene's visual "${scene.visual}" has no file known to the deck plugin`);
  return { html: body, sceneId: scene.id, firstCues: scene.steps[0]!.cues, dimmed: MOTION.dimmed, visualFile };
}
