/**
 * Which pairing code a page of the web build shows (`npm run present -- --remote`): the one the
 * server says is waiting for its phone, if it is meant for this page's window and the speaker has
 * not closed it; none once a phone has paired (the server then says nothing waits). Pure: tested alone.
 */
import type { CodePlace, WaitingPairing } from '../../../shared/remote-protocol';

export function codeToShow(answer: WaitingPairing | null, place: CodePlace, closedByHand: string | null): string | null {
  const pairing = answer?.pairing;
  if (!pairing || pairing.place !== place || pairing.url === closedByHand) return null;
  return pairing.url;
}
