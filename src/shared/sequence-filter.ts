/**
 * Which sync messages a window takes: not its own echo, and from each sender only what is newer
 * than the last it heard. Apart from sync.ts's checks (zod), so a page can filter without loading them.
 */
import type { SyncMessage } from './sync.ts';

/** Drops a window's own echo and messages older than the last one heard from the same sender. */
export class SequenceFilter {
  readonly #lastSeen = new Map<string, number>();

  constructor(private readonly self: string) {}

  accept(message: SyncMessage): boolean {
    if (message.sender === this.self) return false;
    const last = this.#lastSeen.get(message.sender);
    if (last !== undefined && message.seq <= last) return false;
    this.#lastSeen.set(message.sender, message.seq);
    return true;
  }
}
