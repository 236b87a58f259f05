/**
 * Messages between the windows of a show. The window that owns the show (the audience
 * view, or the scroll story: role `audience`) announces its state; a presenter window
 * sends commands and renders the state it hears.
 * The same messages travel over BroadcastChannel (web) or Electron IPC relayed by main.
 * Every message names its sender and carries that sender's sequence number, so a window
 * ignores its own echo and anything stale; every message is validated on receipt.
 */
// zod/mini: the same checks as zod, in a fraction of the bytes the renderer ships.
import * as z from 'zod/mini';
import type { PlayerCommand } from './commands.ts';

export type WindowRole = 'audience' | 'presenter';

export interface SharedPlayerState {
  scene: number;
  step: number;
  playing: boolean;
  blackout: boolean;
  /** While autoplay holds the step: milliseconds until it moves on. */
  holdLeftMs?: number;
}

interface Envelope {
  /** A random id per page load: tells windows (and reloads of one window) apart. */
  sender: string;
  role: WindowRole;
  /** Increases with every message from this sender. */
  seq: number;
}

export type SyncMessage =
  | (Envelope & { kind: 'state'; state: SharedPlayerState })
  | (Envelope & { kind: 'command'; command: PlayerCommand })
  | (Envelope & { kind: 'hello' });

const index = z.int().check(z.minimum(0), z.maximum(10_000));

const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('previous') }),
  z.strictObject({ type: z.literal('first') }),
  z.strictObject({ type: z.literal('last') }),
  z.strictObject({ type: z.literal('goto'), scene: index, step: index }),
  z.strictObject({ type: z.literal('blackout'), on: z.optional(z.boolean()) }),
  z.strictObject({ type: z.literal('play') }),
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('toggle-play') }),
]);

const envelope = {
  sender: z.string().check(z.minLength(1), z.maxLength(64)),
  role: z.enum(['audience', 'presenter']),
  seq: z.int().check(z.minimum(0)),
};

const messageSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...envelope,
    kind: z.literal('state'),
    state: z.strictObject({ scene: index, step: index, playing: z.boolean(), blackout: z.boolean(), holdLeftMs: z.optional(z.number().check(z.minimum(0), z.maximum(86_400_000))) }),
  }),
  z.strictObject({ ...envelope, kind: z.literal('command'), command: commandSchema }),
  z.strictObject({ ...envelope, kind: z.literal('hello') }),
]);

/** The message, if `data` is a well-formed one; null for anything else. */
export function parseSyncMessage(data: unknown): SyncMessage | null {
  const result = messageSchema.safeParse(data);
  return result.success ? (result.data as SyncMessage) : null;
}

export { SequenceFilter } from './sequence-filter.ts';

/** How messages travel between windows: BroadcastChannel, or Electron IPC through main. */
export interface SyncTransport {
  send(message: SyncMessage): void;
  subscribe(listener: (data: unknown) => void): () => void;
}
