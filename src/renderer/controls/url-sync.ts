/**
 * Keeps the URL hash and the player in step, both ways: every move pushes a history
 * entry (so Back and Forward walk the show), and a hash typed or reached by history
 * moves the player. A reload keeps the place because the place is in the URL.
 */
import type { Deck, Position } from '../../shared/deck';
import { formatHash, parseHash } from './location';

export interface UrlSyncHandlers {
  goTo: (position: Position) => void;
  notify: (message: string) => void;
}

export function bindUrl(target: Window, deck: Deck, handlers: UrlSyncHandlers): () => void {
  const onLocationChange = () => {
    const { position, notice } = parseHash(deck, target.location.hash);
    if (notice) {
      handlers.notify(notice);
      target.history.replaceState(target.history.state, '', formatHash(deck, position));
    }
    handlers.goTo(position);
  };
  target.addEventListener('popstate', onLocationChange);
  target.addEventListener('hashchange', onLocationChange);
  return () => {
    target.removeEventListener('popstate', onLocationChange);
    target.removeEventListener('hashchange', onLocationChange);
  };
}

/**
 * Records a move in the URL, unless the URL already says so (a move that came from the URL).
 * A presenter's moves become history entries; moves made by autoplay or a kiosk only
 * replace the current one: Back should not walk every timed step, and a kiosk running for
 * weeks should not pile up history.
 */
export function recordPosition(target: Window, deck: Deck, position: Position, mode: 'push' | 'replace' = 'push'): void {
  const hash = formatHash(deck, position);
  if (target.location.hash === hash) return;
  const url = `${target.location.pathname}${target.location.search}${hash}`;
  if (mode === 'push') target.history.pushState(null, '', url);
  else target.history.replaceState(null, '', url);
}

/** The place the page opens at, from the hash, with the canonical hash written back. */
export function startingPosition(target: Window, deck: Deck): { position: Position; notice: string | null } {
  const parsed = parseHash(deck, target.location.hash);
  target.history.replaceState(target.history.state, '', `${target.location.pathname}${target.location.search}${formatHash(deck, parsed.position)}`);
  return parsed;
}
