/**
 * The phone remote in the app (Show › Phone Remote…, --remote): the same relay server as
 * `npm run present` (src/remote), started by main only when asked, on this machine's private
 * network address (and loopback), serving the app's own built renderer. The audience window
 * is its show through main rather than a socket: a phone's commands reach the audience as the
 * presenter window's do (sync messages over IPC), and the audience's states, which main relays
 * between windows already, go to the phones too. At a kiosk the code opens the staff console,
 * whose status comes from main's kiosk session (its health report, a fresh screenshot); Pause and
 * Resume go to the kiosk page, which obeys them itself (as in the web build), and Restart loop and
 * Exit are the kiosk session's.
 * The pairing code is shown in the window the speaker chose, never anywhere unasked.
 */
import { lanAddress } from '../remote/lan-address';
import { startRemoteServer, type RemoteServer, type ShowBridge } from '../remote/remote-server';
import { terminalQr } from '../remote/terminal-qr';
import { IPC_CHANNELS, type RemotePairing } from '../shared/host-api';
import type { StaffAction } from '../shared/remote-protocol';
import type { SyncMessage } from '../shared/sync';
import type { KioskSession } from './setup-kiosk';
import type { ShowWindows } from './show-windows';

/** Where the pairing code is shown: the speaker's window, the room's screen (only if asked), or, at a kiosk, main's output. */
export type PairingPlace = 'presenter' | 'audience' | 'output';

/** The addresses to listen on: the private network address if there is one, and loopback. */
export function remoteHosts(lan: string | null): string[] {
  return lan ? [lan, '127.0.0.1'] : ['127.0.0.1'];
}

/** What a staff action needs of main: the kiosk session, and the line to the kiosk page. */
export interface StaffTargets {
  kiosk: Pick<KioskSession, 'restartLoop' | 'staffExit'>;
  toKioskPage(action: 'pause' | 'resume'): void;
}

/**
 * A staff action from the console (the relay checked the PIN), as main carries it out; returns
 * whether the kiosk is now paused by staff. Pause and Resume go to the kiosk page, which obeys
 * them itself as the web build's page does: paused, it holds whatever a visitor touches and the
 * idle return never starts it again, until Resume. Restart loop reloads the kiosk's URL afresh
 * (its page starts playing, unpaused); Exit quits as the exit chord does.
 */
export function obeyStaff(action: StaffAction, targets: StaffTargets, paused: boolean): boolean {
  if (action === 'restart-loop') {
    targets.kiosk.restartLoop();
    return false;
  }
  if (action === 'exit') {
    targets.kiosk.staffExit();
    return paused;
  }
  targets.toKioskPage(action);
  return action === 'pause';
}

/** Pause or Resume for the kiosk page itself (the audience window), which holds against visitors until Resume (kiosk-controller.ts). */
export function toKioskPage(show: Pick<ShowWindows, 'audience'> | null, action: 'pause' | 'resume'): void {
  const audience = show?.audience;
  if (audience && !audience.isDestroyed()) audience.webContents.send(IPC_CHANNELS.remoteStaff, action);
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

  #toKioskPage(action: 'pause' | 'resume'): void {
    toKioskPage(this.show(), action);
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
        if (!this.kiosk) return;
        this.#paused = obeyStaff(action, { kiosk: this.kiosk, toKioskPage: (pausing) => this.#toKioskPage(pausing) }, this.#paused);
      },
      requestStatus: () => {
        void this.kiosk?.staffStatus(this.#paused).then((status) => this.#bridge?.status(status));
      },
    });
    return server;
  }
}
