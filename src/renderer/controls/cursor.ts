/**
 * Hides the mouse pointer over the show after a few still seconds and brings it back on
 * the next move: a parked cursor is a blemish on a projected or exhibited picture.
 */
export function bindCursorHiding(target: Window, hideAfterMs: number): () => void {
  const root = target.document.documentElement;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reveal = () => {
    delete root.dataset.cursor;
    clearTimeout(timer);
    timer = setTimeout(() => (root.dataset.cursor = 'hidden'), hideAfterMs);
  };
  reveal();
  target.addEventListener('pointermove', reveal, { passive: true });
  target.addEventListener('pointerdown', reveal, { passive: true });
  return () => {
    clearTimeout(timer);
    delete root.dataset.cursor;
    target.removeEventListener('pointermove', reveal);
    target.removeEventListener('pointerdown', reveal);
  };
}
