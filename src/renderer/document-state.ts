/**
 * The document-state contract automation and tests follow (DESIGN.md):
 * `<html data-ready>` once fonts are loaded and the first scene is laid out, and
 * `data-scene` / `data-step` following the player.
 */
export function markPosition(sceneId: string, step: number): void {
  document.documentElement.dataset.scene = sceneId;
  document.documentElement.dataset.step = String(step);
}

export async function markReadyWhenLaidOut(): Promise<void> {
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  document.documentElement.dataset.ready = '';
}
