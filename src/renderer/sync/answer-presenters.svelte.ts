/**
 * The window that owns the show (the audience view, or the scroll story) answers presenter
 * windows over the sync link: it tells them where the show is after every move and whenever
 * one says hello (a presenter opened or reloaded), and obeys their commands.
 */
import { untrack } from 'svelte';
import type { Navigator } from '../navigation/navigator';
import type { SyncLink } from './sync-link';

/**
 * Call while a component starts (it sets up effects, which end with it). `holdLeftMs`: while
 * autoplay holds a step, how long until it moves on (the presenter's countdown); declare this
 * after whatever updates it, so each state goes out with the hold that state began.
 */
export function answerPresenters(link: SyncLink, navigator: Navigator, holdLeftMs: () => number | null = () => null): void {
  $effect(() => {
    const state = navigator.state;
    if (state) link.sendState(state, untrack(holdLeftMs));
  });
  $effect(() =>
    link.listen((message) => {
      if (message.kind === 'command') navigator.dispatch(message.command);
      else if (message.kind === 'hello' && navigator.state) link.sendState(navigator.state, holdLeftMs());
    }),
  );
}
