/**
 * The URL hash contract: `#/<scene-id>` or `#/<scene-id>/<step>` (step is 0-based).
 * Parsing never fails: an unknown scene or step lands somewhere valid and says why.
 */
import type { Deck, Position } from '../../shared/deck';
import { ui } from '../strings';

export interface HashTarget {
  position: Position;
  /** Set when the hash asked for something the deck does not have. */
  notice: string | null;
}

export function formatHash(deck: Deck, position: Position): string {
  const scene = deck.scenes[position.scene];
  if (!scene) return '#/';
  return position.step > 0 ? `#/${scene.id}/${position.step}` : `#/${scene.id}`;
}

/** The hash's scene id (decoded) and step as written, or null for no place at all (`''`, `#`, `#/`). */
export function hashParts(hash: string): { id: string; rawStep: string | undefined } | null {
  const path = hash.replace(/^#\/?/, '');
  if (path === '') return null;
  const [rawId = '', rawStep] = path.split('/');
  return { id: safeDecode(rawId), rawStep };
}

export function parseHash(deck: Deck, hash: string): HashTarget {
  const parts = hashParts(hash);
  if (parts === null) return { position: { scene: 0, step: 0 }, notice: null };
  const { id, rawStep } = parts;
  const sceneIndex = deck.scenes.findIndex((scene) => scene.id === id);
  if (sceneIndex < 0) {
    return { position: { scene: 0, step: 0 }, notice: ui().address.noScene(id) };
  }
  const scene = deck.scenes[sceneIndex]!;
  if (rawStep === undefined || rawStep === '') return { position: { scene: sceneIndex, step: 0 }, notice: null };
  const step = /^\d+$/.test(rawStep) ? Number(rawStep) : Number.NaN;
  if (!Number.isInteger(step) || step >= scene.steps.length) {
    const last = scene.steps.length - 1;
    return {
      position: { scene: sceneIndex, step: Number.isInteger(step) ? last : 0 },
      notice: ui().address.noStep(scene.title, last, safeDecode(rawStep), Number.isInteger(step) ? last : 0),
    };
  }
  return { position: { scene: sceneIndex, step }, notice: null };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
