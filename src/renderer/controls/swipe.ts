/**
 * Touch and pen swipes: left for the next step, right for the previous one. A swipe
 * is a mostly horizontal move of at least SWIPE_MIN_PX; taps and vertical drags pass.
 */
import type { PlayerCommand } from '../../shared/commands';

export const SWIPE_MIN_PX = 60;

export function commandForSwipe(dx: number, dy: number): PlayerCommand | null {
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
  return dx < 0 ? { type: 'next' } : { type: 'previous' };
}

export function bindSwipe(target: HTMLElement | Window, dispatch: (command: PlayerCommand) => void): () => void {
  const starts = new Map<number, { x: number; y: number }>();
  const onDown = (event: Event) => {
    const pointer = event as PointerEvent;
    if (pointer.pointerType === 'mouse') return;
    starts.set(pointer.pointerId, { x: pointer.clientX, y: pointer.clientY });
  };
  const onUp = (event: Event) => {
    const pointer = event as PointerEvent;
    const start = starts.get(pointer.pointerId);
    starts.delete(pointer.pointerId);
    if (!start) return;
    const command = commandForSwipe(pointer.clientX - start.x, pointer.clientY - start.y);
    if (command) dispatch(command);
  };
  const onCancel = (event: Event) => starts.delete((event as PointerEvent).pointerId);
  target.addEventListener('pointerdown', onDown);
  target.addEventListener('pointerup', onUp);
  target.addEventListener('pointercancel', onCancel);
  return () => {
    target.removeEventListener('pointerdown', onDown);
    target.removeEventListener('pointerup', onUp);
    target.removeEventListener('pointercancel', onCancel);
  };
}
