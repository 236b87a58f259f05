/**
 * The phone remote's pairing code over a page. In the app, the window main chose shows the one
 * it should show already (it may have opened for it) and any new one; Close takes it away. In the
 * web build (`npm run present -- --remote`), the presenter window (or the audience screen, when
 * the speaker asked) asks its own server, on loopback with the show's key, which code waits for a
 * phone, and shows it until a phone has paired or the speaker closes it.
 */
import { mount, unmount } from 'svelte';
import '../../../shared/host-api';
import type { RemotePairing } from '../../../shared/host-api';
import { parseWaitingPairing, type CodePlace } from '../../../shared/remote-protocol';
import { ui } from '../../strings';
import PairingCard from './PairingCard.svelte';
import { codeToShow } from './waiting-code';

/** How often the web build's page asks its server (on loopback: a few bytes). */
export const WAITING_CODE_POLL_MS = 1000;

/** One card at a time over `target`'s page. */
function cardOver(target: Window, once?: string) {
  let shown: ReturnType<typeof mount> | null = null;
  let url: string | null = null;
  const close = () => {
    if (shown) void unmount(shown);
    shown = null;
    url = null;
  };
  return {
    get url() {
      return url;
    },
    show(next: string, onclose: () => void = close) {
      close();
      url = next;
      shown = mount(PairingCard, { target: target.document.body, props: { url: next, onclose, ...(once ? { once } : {}) } });
    },
    close,
  };
}

export function showPairingCodes(target: Window): void {
  const remote = target.deckHost?.remote;
  if (!remote) return;
  const card = cardOver(target);
  const show = (pairing: RemotePairing) => card.show(pairing.url);
  remote.onPairing(show);
  void remote.current().then((pairing) => pairing && show(pairing));
}

/** The web build's page: shows the code waiting for a phone, if meant for `place`; returns a function that stops asking. */
export function watchWaitingCodes(target: Window, key: string, place: CodePlace): () => void {
  const card = cardOver(target, ui().pairing.onceInBrowser);
  let closedByHand: string | null = null;
  let asking = false;
  const ask = async () => {
    if (asking) return;
    asking = true;
    try {
      const response = await target.fetch(`/relay/pairing?key=${encodeURIComponent(key)}`, { cache: 'no-store' });
      const answer = response.ok ? parseWaitingPairing(await response.json()) : null;
      const url = codeToShow(answer, place, closedByHand);
      if (url === null) card.close();
      else if (url !== card.url)
        card.show(url, () => {
          closedByHand = url;
          card.close();
        });
    } catch {
      // The server stopped (the show closed): no code is waiting any more.
      card.close();
    } finally {
      asking = false;
    }
  };
  void ask();
  const timer = target.setInterval(() => void ask(), WAITING_CODE_POLL_MS);
  return () => {
    target.clearInterval(timer);
    card.close();
  };
}
