/**
 * The phone remote in the app (Show › Phone Remote…, --remote): the same relay server as
 * `npm run present` (src/remote), started by main only when asked, on this machine's private
 * network address (and loopback), serving the app's own built renderer. The audience window
 * is its show through main rather than a socket: a phone's commands reach the audience as the
 * presenter window's do (sync messages over IPC), and the audience's states, which main relays
 * between windows already, go to the phones too. At a kiosk the code opens the staff console,
 * whose actions and status come from main's kiosk session (its health report, a fresh screenshot).
 * The pairing code is shown in the window the speaker chose, never anywhere unasked.
 */
import { lanAddress } from '../remote/lan-address';
import { startRemoteServer, type RemoteServer, type ShowBridge } from '../remote/remote-server';
import { terminalQr } from '../remote/terminal-qr';
import { IPC_CHANNELS, type RemotePairing } from '../shared/host-api';
import type { SyncMessage } from '../shared/sync';
import type { KioskSession } from './setup-kiosk';
import type { ShowWindows } from './show-windows';

/** Where the pairing code is shown: the speaker's window, the room's screen (only if asked), or, at a kiosk, main's output. */
export type PairingPlace = 'presenter' | 'audience' | 'output';

/** The addresses to listen on: the private network address if there is one, and loopback. */
export function remoteHosts(lan: string | null): string[] {
  return lan ? [lan, '127.0.0.1'] : ['127.0.0.1'];
}

export class PhoneRemote {
  #server: RemoteServer | null = null;
  #bridge: ShowBridge | null = null;
  #pairing: { url: string; place: PairingPlace } | null = null;
  #paused = false;

  constructor(
    private readonly root: string,
    private readonly show: () => ShowWindows | null,
    private readonly kiosk: KioskSession | null,
  ) {}

  /** A new pairing (the phone paired before is let go), its code shown at `place`; the remote starts if it is off. */
  async pair(place: PairingPlace): Promise<string> {
    const server = await this.#start();
    const { url } = server.pair();
    this.#pairing = { url, place };
    if (place === 'output') {
      console.log(`Phone ${this.kiosk ? 'console' : 'remote'}: ${url}\n${terminalQr(url)}`);
      return url;
    }
    const show = this.show();
    if (place === 'presenter') show?.openPresenter();
    const window = place === 'presenter' ? show?.presenter : show?.audience;
    if (window && !window.isDestroyed()) window.webContents.send(IPC_CHANNELS.remotePairing, { url } satisfies RemotePairing);
    return url;
  }

  /** The code a window should show: the latest, if it was meant for that window. */
  pairingFor(windowId: number): RemotePairing | null {
    const show = this.show();
    if (!this.#pairing || !show) return null;
    const window = this.#pairing.place === 'presenter' ? show.presenter : this.#pairing.place === 'audience' ? show.audience : null;
    return window && !window.isDestroyed() && window.webContents.id === windowId ? { url: this.#pairing.url } : null;
  }

  /** A sync message from the audience window: its state goes to the phones. */
  fromAudience(message: SyncMessage): void {
    if (message.kind === 'state') this.#bridge?.state(message);
  }

  async stop(): Promise<void> {
    this.#bridge?.detach();
    this.#bridge = null;
    const server = this.#server;
    this.#server = null;
    await server?.close();
  }

  async #start(): Promise<RemoteServer> {
    if (this.#server) return this.#server;
    const lan = lanAddress();
    if (!lan) console.warn('Phone remote: this computer has no private network address, so only this computer can reach the remote; join the room\'s Wi-Fi.');
    const server = await startRemoteServer({ root: this.root, hosts: remoteHosts(lan), purpose: this.kiosk ? 'kiosk' : 'remote', pin: this.kiosk?.settings.pin ?? null });
    this.#server = server;
    this.#bridge = server.attachShow({
      deliver: (message) => {
        const audience = this.show()?.audience;
        if (audience && !audience.isDestroyed()) audience.webContents.send(IPC_CHANNELS.syncReceive, message);
      },
      staff: (action) => {
        const kiosk = this.kiosk;
        if (!kiosk) return;
        if (action === 'restart-loop') {
          this.#paused = false;
          kiosk.restartLoop();
        } else if (action === 'exit') kiosk.staffExit();
        else {
          // The player's own pause and play; a visitor's touch or the idle return may take the show on again.
          this.#paused = action === 'pause';
          this.show()?.command(this.#paused ? { type: 'pause' } : { type: 'play' });
        }
      },
      requestStatus: () => {
        void this.kiosk?.staffStatus(this.#paused).then((status) => this.#bridge?.status(status));
      },
    });
    return server;
  }
}
