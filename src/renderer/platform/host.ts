/**
 * What the renderer asks of whatever hosts it: Electron's preload when present,
 * the browser's own APIs otherwise. Views call this, never `window.deckHost` directly.
 */
import '../../shared/host-api';

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
