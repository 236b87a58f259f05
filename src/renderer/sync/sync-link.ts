/**
 * One window's end of the show's sync: stamps outgoing messages with this window's id,
 * role and sequence number; validates and filters incoming ones.
 */
import type { PlayerCommand } from '../../shared/commands';
import { SequenceFilter } from '../../shared/sequence-filter';
import type { SharedPlayerState, SyncMessage, SyncTransport, WindowRole } from '../../shared/sync';

type Check = (data: unknown) => SyncMessage | null;
let checks: Promise<Check> | null = null;
/**
 * The messages' checks (shared/sync.ts, with zod) are a chunk of their own, fetched when the first
 * message arrives: not on the way to the first scene. Every message is still checked before use.
 */
function loadChecks(): Promise<Check> {
  checks ??= import('../../shared/sync').then(({ parseSyncMessage }) => parseSyncMessage);
  return checks;
}

export class SyncLink {
  readonly #sender: string;
  readonly #role: WindowRole;
  readonly #transport: SyncTransport;
  readonly #filter: SequenceFilter;
  #seq = 0;

  constructor(transport: SyncTransport, role: WindowRole, sender: string) {
    this.#transport = transport;
    this.#role = role;
    this.#sender = sender;
    this.#filter = new SequenceFilter(sender);
  }

  /** `holdLeftMs`: while autoplay holds a step, how long until it moves on (the presenter's countdown). */
  sendState(state: SharedPlayerState, holdLeftMs: number | null = null): void {
    const shared: SharedPlayerState = { scene: state.scene, step: state.step, playing: state.playing, blackout: state.blackout };
    if (holdLeftMs !== null) shared.holdLeftMs = Math.round(holdLeftMs);
    this.#send({ kind: 'state', state: shared });
  }

  sendCommand(command: PlayerCommand): void {
    this.#send({ kind: 'command', command });
  }

  sendHello(): void {
    this.#send({ kind: 'hello' });
  }

  /** Hears valid, fresh messages from other windows. Returns a function that stops listening. */
  listen(listener: (message: SyncMessage) => void): () => void {
    let listening = true;
    // Messages that arrive while the checks load wait for them, and are heard in the order they came.
    let heard: Promise<unknown> = Promise.resolve();
    const stop = this.#transport.subscribe((data) => {
      heard = heard.then(loadChecks).then((parseSyncMessage) => {
        if (!listening) return;
        const message = parseSyncMessage(data);
        if (!message) {
          console.warn('Ignored a malformed sync message', data);
          return;
        }
        if (this.#filter.accept(message)) listener(message);
      }).catch((error: unknown) => console.error('A sync message could not be heard', error));
    });
    return () => {
      listening = false;
      stop();
    };
  }

  #send(body: { kind: 'state'; state: SharedPlayerState } | { kind: 'command'; command: PlayerCommand } | { kind: 'hello' }): void {
    this.#transport.send({ ...body, sender: this.#sender, role: this.#role, seq: this.#seq++ } as SyncMessage);
  }
}
