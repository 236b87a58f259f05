/**
 * What the renderer asks of whatever hosts it: Electron's preload when present,
 * the browser's own APIs otherwise. Views call this, never `window.deckHost` directly.
 */
import '../../shared/host-api';
import { setQueryValue } from '../../shared/page-query';

export function toggleFullScreen(): void {
  if (window.deckHost) {
    void window.deckHost.toggleFullScreen();
    return;
  }
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen().catch(() => {
    // Refused (no user gesture, or a frame without permission): the show goes on windowed.
  });
}

/** Opens the presenter view: the app's own window in Electron, a named browser window on the web. */
export function openPresenterWindow(): void {
  if (window.deckHost) {
    void window.deckHost.openPresenter();
    return;
  }
  const url = new URL(location.href);
  setQueryValue(url.searchParams, 'view', 'presenter');
  // A named window: pressing S again brings the same one forward instead of opening another.
  window.open(url.toString(), 'forced-repatriation-deck-presenter', 'popup,width=1280,height=800');
}
