/**
 * Player commands that come from main (the menu's Autoplay), as the sync messages the
 * audience already obeys (shared/sync.ts): stamped with main's own sender id, the presenter
 * role (commands are a presenter's to give) and a sequence number of their own.
 */
import type { PlayerCommand } from '../shared/commands';
import type { SyncMessage } from '../shared/sync';

export const MAIN_SENDER = 'main';

export class MainCommands {
  #seq = 0;

  message(command: PlayerCommand): SyncMessage {
    return { kind: 'command', command, sender: MAIN_SENDER, role: 'presenter', seq: this.#seq++ };
  }
}
