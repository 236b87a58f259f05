/**
 * The presenter window's navigator: it never owns the show. It hears the show's state
 * over the sync link from the window that owns it (the audience view or the scroll
 * story) and sends commands back, so either window drives both.
 */
import type { PlayerCommand } from '../../shared/commands';
import type { SharedPlayerState } from '../../shared/sync';
import type { SyncLink } from '../sync/sync-link';
import { travel, type Arrival, type Movement, type Navigator, type Travel } from './navigator';

/** How often to ask for the show until the window that owns it answers (it may load later, or reload). */
const HELLO_EVERY_MS = 1000;

export class RemoteNavigator implements Navigator {
  state: SharedPlayerState | null = $state(null);
  movement: Movement = $state('none');
  arrival: Arrival = $state('forward');
  readonly #link: SyncLink;

  constructor(link: SyncLink) {
    this.#link = link;
  }

  /**
   * Starts listening and asks for the show until it is heard; `onMove` hears every state with
   * how the show moved to it. Returns a function that stops.
   */
  connect(onMove: (state: SharedPlayerState, moved: Travel) => void): () => void {
    const stopListening = this.#link.listen((message) => {
      if (message.kind !== 'state') return;
      const moved = travel(this.state, message.state, this.arrival);
      this.movement = moved.movement;
      this.arrival = moved.arrival;
      this.state = message.state;
      onMove(message.state, moved);
    });
    this.#link.sendHello();
    const hello = setInterval(() => {
      if (!this.state) this.#link.sendHello();
    }, HELLO_EVERY_MS);
    return () => {
      stopListening();
      clearInterval(hello);
    };
  }

  dispatch = (command: PlayerCommand): void => {
    this.#link.sendCommand(command);
  };
}
