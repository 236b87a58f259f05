/**
 * The phone remote's wire: the frames between the relay (src/remote) and its three kinds of
 * peer, as JSON over a WebSocket. The show's own messages ride inside as the sync messages
 * the windows already exchange, checked by the very schema the windows check them with
 * (sync.ts's parseSyncMessage); the rest are the relay's few frames of its own, checked here.
 *
 * - the show (the audience page, or main's bridge in the app): states out, commands in;
 * - a phone remote (`?view=remote`, paired with a token): commands out, states in;
 * - the staff console (`?view=console` at a kiosk, paired, then unlocked with the PIN):
 *   staff actions out, the kiosk's status in.
 */
import * as z from 'zod/mini';
import { STAFF_ACTIONS, type StaffAction } from './staff-actions.ts';
import { parseSyncMessage, type SyncMessage } from './sync.ts';

/** The longest frame a peer may send, in bytes: a command is under 200. */
export const MAX_FRAME_BYTES = 4096;
/** The relay's tick: the heartbeat every peer hears, and the clock a command's freshness is judged by. */
export const TICK_MS = 1000;

export { STAFF_ACTIONS, type StaffAction } from './staff-actions.ts';

/** Why the relay closed a connection, as WebSocket close codes (4000-4999 are the application's). */
export const CLOSE_CODES = {
  /** No valid pairing: never paired, mistyped, or replaced by a newer one. */
  notPaired: 4401,
  /** The same pairing connected again (a reload, a second tab): the older socket gives way. */
  replaced: 4409,
  /** The relay is stopping (the show closed). */
  stopping: 4410,
} as const;

/** The kiosk as staff see it on the console: what the app's health report knows, or in a browser what the page knows. */
export interface StaffStatus {
  /** `app`: main's health report (recoveries, errors, a screenshot); `page`: a kiosk page in a browser, which knows less. */
  source: 'app' | 'page';
  open: boolean;
  /** ISO time of the next opening or closing, or null. */
  nextChange: string | null;
  /** Paused by staff from the console. */
  paused: boolean;
  loopsPlayed: number;
  /** ISO time of the last visitor's input, or null. */
  lastVisitorInput: string | null;
  /** Recoveries from crashes and hangs (the app only; null: not known to a page). */
  recoveries: number | null;
  lastError: { time: string; event: string; reason?: string } | null;
  /** Where the show is. */
  scene: string;
  step: number;
  /** When this status was taken (ISO). */
  updated: string;
  /** A fresh picture of the screen, as a data: URL (the app only), or null. */
  screenshot: string | null;
}

const iso = z.string().check(z.maxLength(40));
const shortText = z.string().check(z.maxLength(200));
const count = z.int().check(z.minimum(0), z.maximum(1e9));
/** About 1 MB of base64: a small JPEG of the screen. */
const SCREENSHOT_MAX = 1_500_000;

export const staffStatusSchema = z.strictObject({
  source: z.enum(['app', 'page']),
  open: z.boolean(),
  nextChange: z.nullable(iso),
  paused: z.boolean(),
  loopsPlayed: count,
  lastVisitorInput: z.nullable(iso),
  recoveries: z.nullable(count),
  lastError: z.nullable(z.strictObject({ time: iso, event: shortText, reason: z.optional(shortText) })),
  scene: shortText,
  step: count,
  updated: iso,
  screenshot: z.nullable(z.string().check(z.maxLength(SCREENSHOT_MAX), z.startsWith('data:image/'))),
});

/** Where the web build's pages show a waiting pairing code: the presenter window, or the audience screen when the speaker asked. */
export const CODE_PLACES = ['presenter', 'audience'] as const;
export type CodePlace = (typeof CODE_PLACES)[number];

/** What GET /relay/pairing answers the show's own pages: the code waiting for its phone, or null once paired (or none made). */
const waitingPairingSchema = z.strictObject({
  pairing: z.nullable(
    z.strictObject({
      url: z.string().check(z.maxLength(200), z.regex(/^http:\/\/[0-9.]+:\d+\/p\/[A-Za-z0-9_-]+$/)),
      place: z.enum(CODE_PLACES),
      expiresAt: z.number(),
    }),
  ),
});
export type WaitingPairing = z.infer<typeof waitingPairingSchema>;

/** The server's answer as the page trusts it: the shape above, or null. */
export function parseWaitingPairing(data: unknown): WaitingPairing | null {
  const parsed = waitingPairingSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

const staffAction = z.enum(STAFF_ACTIONS);
const tick = z.int().check(z.minimum(0));

/** A phone's frame: a sync message (checked again by parseSyncMessage), stamped with the last tick the phone heard. */
const phoneFrame = z.strictObject({ kind: z.literal('sync'), tick, message: z.unknown() });

const consoleFrame = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('unlock'), pin: z.string().check(z.maxLength(64)) }),
  z.strictObject({ kind: z.literal('status') }),
  z.strictObject({ kind: z.literal('staff'), action: staffAction }),
]);

const showFrame = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('sync'), message: z.unknown() }),
  z.strictObject({ kind: z.literal('status'), status: z.unknown() }),
]);

/** What the relay sends: to every peer its tick; to the show, phones' messages and staff actions; to phones, states; to consoles, the PIN's answer and the status. */
const relayFrame = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('tick'), tick }),
  z.strictObject({ kind: z.literal('sync'), message: z.unknown() }),
  /** The frame was dropped: over the rate limit (`limited`), sent with a tick too old to trust (`stale`), or nobody shows the deck (`no-show`). */
  z.strictObject({ kind: z.literal('dropped'), reason: z.enum(['limited', 'stale', 'no-show', 'locked']) }),
  z.strictObject({ kind: z.literal('pin'), verdict: z.enum(['open', 'wrong', 'locked', 'none-set']) }),
  z.strictObject({ kind: z.literal('staff'), action: staffAction }),
  z.strictObject({ kind: z.literal('status-request') }),
  z.strictObject({ kind: z.literal('status'), status: z.unknown() }),
  z.strictObject({ kind: z.literal('done'), action: staffAction }),
]);

export type PhoneFrame = { kind: 'sync'; tick: number; message: SyncMessage };
export type ConsoleFrame = z.infer<typeof consoleFrame>;
export type ShowFrame = { kind: 'sync'; message: SyncMessage } | { kind: 'status'; status: StaffStatus };
export type RelayFrame =
  | { kind: 'tick'; tick: number }
  | { kind: 'sync'; message: SyncMessage }
  | { kind: 'dropped'; reason: 'limited' | 'stale' | 'no-show' | 'locked' }
  | { kind: 'pin'; verdict: 'open' | 'wrong' | 'locked' | 'none-set' }
  | { kind: 'staff'; action: StaffAction }
  | { kind: 'status-request' }
  | { kind: 'status'; status: StaffStatus }
  | { kind: 'done'; action: StaffAction };

/** JSON text to a value, or undefined when it is not JSON or too long. */
function json(text: unknown): unknown {
  if (typeof text !== 'string' || text.length > MAX_FRAME_BYTES * 400) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A phone's frame, or null. Phones speak as presenter windows do, and only as they do: a
 * command or a hello, never a state (a phone cannot tell others where the show is).
 */
export function parsePhoneFrame(text: unknown): PhoneFrame | null {
  const frame = phoneFrame.safeParse(json(text));
  if (!frame.success) return null;
  const message = parseSyncMessage(frame.data.message);
  if (!message || message.role !== 'presenter' || message.kind === 'state') return null;
  return { kind: 'sync', tick: frame.data.tick, message };
}

export function parseConsoleFrame(text: unknown): ConsoleFrame | null {
  const frame = consoleFrame.safeParse(json(text));
  return frame.success ? frame.data : null;
}

/** The show's frame, or null. The show speaks as the audience window does: states only. */
export function parseShowFrame(text: unknown): ShowFrame | null {
  const frame = showFrame.safeParse(json(text));
  if (!frame.success) return null;
  if (frame.data.kind === 'status') {
    const status = staffStatusSchema.safeParse(frame.data.status);
    return status.success ? { kind: 'status', status: status.data } : null;
  }
  const message = parseSyncMessage(frame.data.message);
  if (!message || message.role !== 'audience' || message.kind !== 'state') return null;
  return { kind: 'sync', message };
}

/** A frame from the relay, as a page receives it (checked there too: the page trusts no wire). */
export function parseRelayFrame(text: unknown): RelayFrame | null {
  const frame = relayFrame.safeParse(json(text));
  if (!frame.success) return null;
  const data = frame.data;
  if (data.kind === 'sync') {
    const message = parseSyncMessage(data.message);
    return message ? { kind: 'sync', message } : null;
  }
  if (data.kind === 'status') {
    const status = staffStatusSchema.safeParse(data.status);
    return status.success ? { kind: 'status', status: status.data } : null;
  }
  return data as RelayFrame;
}
