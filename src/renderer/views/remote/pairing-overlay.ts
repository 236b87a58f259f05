/**
 * In the app, the window main chose shows the phone remote's pairing code: the one it should
 * show already (it may have opened for it) and any new one; Close takes it away.
 */
import { mount, unmount } from 'svelte';
import '../../../shared/host-api';
import type { RemotePairing } from '../../../shared/host-api';
import PairingCard from './PairingCard.svelte';

export function showPairingCodes(target: Window): void {
  const remote = target.deckHost?.remote;
  if (!remote) return;
  let shown: ReturnType<typeof mount> | null = null;
  const close = () => {
    if (shown) void unmount(shown);
    shown = null;
  };
  const show = (pairing: RemotePairing) => {
    close();
    shown = mount(PairingCard, { target: target.document.body, props: { url: pairing.url, onclose: close } });
  };
  remote.onPairing(show);
  void remote.current().then((pairing) => pairing && show(pairing));
}
