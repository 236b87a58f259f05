/**
 * The first scene painted before any of the renderer's scripts: `npm run build` renders the
 * deck's first scene, at its first step, into index.html (src/build/first-scene-plugin.ts), and
 * a small classic script (first-scene-gate.ts) fits it to the window and shows it once its fonts
 * are in. The renderer then mounts the show beneath it, landing on that same step at once, and
 * removes the painted copy when its own is laid out (takeover.ts): the two are the same picture,
 * so nothing flashes or moves.
 *
 * Only a page that will open on exactly that picture shows it: the audience view on the stage
 * (presenting or autoplay, not a kiosk, not the scroll story) whose address asks for the first
 * scene's first step or for nothing. Every other page removes it unseen.
 */
import { readPageQuery } from '../../shared/page-query';
import { hashParts } from '../controls/location';

/** The element the build writes the painted scene into, after `#app`. */
export const PAINTED_ID = 'first-scene';

/** Whether a page at this address opens on the deck's first scene, first step, on the stage (read as parseHash reads it). */
export function opensOnFirstScene(search: string, hash: string, firstSceneId: string): boolean {
  const { values } = readPageQuery(search);
  if (values.view !== 'audience' || values.mode === 'scroll' || values.kiosk) return false;
  const parts = hashParts(hash);
  if (parts === null) return true;
  return parts.id === firstSceneId && (parts.rawStep === undefined || parts.rawStep === '' || parts.rawStep === '0');
}
