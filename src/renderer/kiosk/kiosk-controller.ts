/**
 * The kiosk's rules in the page: the show starts at the loop's start and plays; a
 * visitor's key, touch or wheel takes it over (autoplay pauses, the input still acts);
 * after the idle time it returns to the loop's start and plays again. The exit chord is
 * caught before anything else sees it. In Electron the page also beats a heartbeat so
 * main's watchdog can tell a hung renderer from a quiet one.
 */
import type { PlayerCommand } from '../../shared/commands';
import { matchesChord, type Chord } from '../../shared/kiosk-settings';
import { loopStart, type LoopPlan } from '../autoplay/loop-plan';
import { Attendance } from './attendance';
import type { KioskHost } from './kiosk-host';

export const HEARTBEAT_MS = 1000;
/** A press that moves less than this is a tap, not a swipe or a drag. */
const TAP_SLOP_PX = 12;
const MODIFIER_KEYS = new Set(['Control', 'Alt', 'Shift', 'Meta', 'AltGraph', 'CapsLock', 'OS']);

export interface KioskControllerOptions {
  plan: LoopPlan;
  idleMs: number;
  chord: Chord;
  dispatch: (command: PlayerCommand) => void;
  host: KioskHost;
  /** A visitor took over (true) or the show was handed back (false). */
  onVisiting: (visiting: boolean) => void;
  /** The exit chord was pressed. */
  onExitChord: () => void;
}

export function bindKiosk(target: Window, options: KioskControllerOptions): () => void {
  const { dispatch, host } = options;
  const restartLoop = () => {
    dispatch({ type: 'blackout', on: false });
    dispatch({ type: 'goto', ...loopStart(options.plan) });
    dispatch({ type: 'play' });
  };
  const attendance = new Attendance({
    idleMs: options.idleMs,
    onVisitor: () => {
      dispatch({ type: 'pause' });
      host.report({ event: 'visitor' });
      options.onVisiting(true);
    },
    onIdle: () => {
      restartLoop();
      host.report({ event: 'idle-return' });
      options.onVisiting(false);
    },
  });

  // Capture phase: the kiosk hears every input before the show's own handlers act on it.
  const onKeyDown = (event: KeyboardEvent) => {
    if (matchesChord(options.chord, event)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      options.onExitChord();
      return;
    }
    if (!MODIFIER_KEYS.has(event.key)) attendance.acted();
  };
  // The press that takes the show over only takes it over: a visitor touching a quiet
  // screen should not skip what they came to read. Later taps move: the left third back,
  // the rest forward (swipes are swipe.ts's).
  const presses = new Map<number, { x: number; y: number; tookOver: boolean }>();
  const onPointerDown = (event: PointerEvent) => {
    presses.set(event.pointerId, { x: event.clientX, y: event.clientY, tookOver: attendance.acted() });
  };
  const onPointerUp = (event: PointerEvent) => {
    const press = presses.get(event.pointerId);
    presses.delete(event.pointerId);
    if (!press || press.tookOver || event.button > 0) return;
    if (Math.hypot(event.clientX - press.x, event.clientY - press.y) > TAP_SLOP_PX) return;
    if (isControl(event.target)) return;
    dispatch({ type: event.clientX < target.innerWidth / 3 ? 'previous' : 'next' });
  };
  const onPointerCancel = (event: PointerEvent) => presses.delete(event.pointerId);
  const onWheel = () => attendance.acted();

  target.addEventListener('keydown', onKeyDown, { capture: true });
  target.addEventListener('pointerdown', onPointerDown, { capture: true });
  target.addEventListener('pointerup', onPointerUp);
  target.addEventListener('pointercancel', onPointerCancel);
  target.addEventListener('wheel', onWheel, { capture: true, passive: true });
  const heartbeat = setInterval(() => host.heartbeat(), HEARTBEAT_MS);
  host.heartbeat();
  restartLoop();

  return () => {
    attendance.dispose();
    clearInterval(heartbeat);
    target.removeEventListener('keydown', onKeyDown, { capture: true });
    target.removeEventListener('pointerdown', onPointerDown, { capture: true });
    target.removeEventListener('pointerup', onPointerUp);
    target.removeEventListener('pointercancel', onPointerCancel);
    target.removeEventListener('wheel', onWheel, { capture: true });
  };
}

/** Taps on the kiosk's own buttons and fields are theirs, not page turns. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, input, a, [role="dialog"]') !== null;
}
