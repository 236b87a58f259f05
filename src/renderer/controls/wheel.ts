/**
 * The mouse wheel and trackpad as a step control: one gesture, one step. A trackpad
 * sends dozens of wheel events per flick (with momentum), so a step is taken once the
 * gesture has moved WHEEL_STEP_PX, then the wheel is ignored until it has been quiet
 * for WHEEL_QUIET_MS.
 */
import type { PlayerCommand } from '../../shared/commands';

export const WHEEL_STEP_PX = 50;
export const WHEEL_QUIET_MS = 250;
const LINE_PX = 16;

export interface WheelGesture {
  /** Feeds one wheel event; returns the command it completes, if any. */
  feed(deltaPx: number, now: number): PlayerCommand | null;
}

export function wheelGesture(): WheelGesture {
  let travelled = 0;
  let lastAt = -Infinity;
  let spent = false;
  return {
    feed(deltaPx, now) {
      if (now - lastAt > WHEEL_QUIET_MS) {
        travelled = 0;
        spent = false;
      }
      lastAt = now;
      if (spent) return null;
      travelled += deltaPx;
      if (Math.abs(travelled) < WHEEL_STEP_PX) return null;
      spent = true;
      return travelled > 0 ? { type: 'next' } : { type: 'previous' };
    },
  };
}

export function bindWheel(target: Window, dispatch: (command: PlayerCommand) => void): () => void {
  const gesture = wheelGesture();
  const onWheel = (event: WheelEvent) => {
    if (event.ctrlKey) return; // pinch-zoom on a trackpad
    const scale = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? LINE_PX : event.deltaMode === WheelEvent.DOM_DELTA_PAGE ? target.innerHeight : 1;
    const delta = (Math.abs(event.deltaY) >= Math.abs(event.deltaX) ? event.deltaY : event.deltaX) * scale;
    const command = gesture.feed(delta, event.timeStamp);
    if (command) dispatch(command);
  };
  target.addEventListener('wheel', onWheel, { passive: true });
  return () => target.removeEventListener('wheel', onWheel);
}
