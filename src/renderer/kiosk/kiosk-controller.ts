/**
 * The kiosk's rules in the page: the show starts at the loop's start and plays; a
 * visitor's key, touch or wheel takes it over (autoplay pauses, the input still acts);
 * near the end of the idle time a countdown warns them, and any input keeps their place;
 * after the idle time the show restarts the loop, or resumes autoplay where they were. The exit chord is
 * caught before anything else sees it. In Electron the page also beats a heartbeat so
 * main's watchdog can tell a hung renderer from a quiet one.
 */
import type { PlayerCommand } from '../../shared/commands';
import type { StaffLine } from '../sync/relay-show';
import type { StaffDesk } from './staff-desk';
import { matchesChord, type Chord, type IdleAction } from '../../shared/kiosk-settings';
import { loopStart, type LoopPlan } from '../autoplay/loop-plan';
import { Attendance } from './attendance';
import type { OpeningSchedule } from '../../shared/opening-hours';
import type { KioskHost } from './kiosk-host';
import { watchOpening } from './opening-watch';

export const HEARTBEAT_MS = 1000;
/** A press that moves less than this is a tap, not a swipe or a drag. */
const TAP_SLOP_PX = 12;
const MODIFIER_KEYS = new Set(['Control', 'Alt', 'Shift', 'Meta', 'AltGraph', 'CapsLock', 'OS']);

export interface KioskControllerOptions {
  plan: LoopPlan;
  idleMs: number;
  /** The countdown before the return; 0: none. */
  warnMs: number;
  /** What the return does: the loop from its start, or autoplay on from the visitor's step. */
  idleAction: IdleAction;
  chord: Chord;
  dispatch: (command: PlayerCommand) => void;
  host: KioskHost;
  /** A visitor took over (true) or the show was handed back (false). */
  onVisiting: (visiting: boolean) => void;
  /** The return is `leftMs` away (a countdown shows), or null: the visitor stayed, or the show was handed back. */
  onWarning: (leftMs: number | null) => void;
  /** The exit chord was pressed. */
  onExitChord: () => void;
  /** Staff chose Exit on the console (the relay checked their PIN). */
  onStaffExit?: () => void;
  /** The opening hours, once loaded; null: always open. */
  schedule?: Promise<OpeningSchedule | null>;
  /** The venue opened or closed. */
  onHours?: (open: boolean, nextChange: Date | null) => void;
  /** A visitor touched (or pressed a key) while closed. */
  onClosedInput?: () => void;
  /** Staff at the phone console: their actions, and what the page tells them. */
  staff?: { line: StaffLine; desk: StaffDesk; where: () => { scene: string; step: number } } | null;
}

export function bindKiosk(target: Window, options: KioskControllerOptions): () => void {
  const { dispatch, host } = options;
  const restartLoop = () => {
    dispatch({ type: 'blackout', on: false });
    dispatch({ type: 'goto', ...loopStart(options.plan) });
    dispatch({ type: 'play' });
  };
  const resumeAutoplay = () => {
    dispatch({ type: 'blackout', on: false });
    dispatch({ type: 'play' });
  };
  const attendance = new Attendance({
    idleMs: options.idleMs,
    warnMs: options.warnMs,
    onVisitor: () => {
      dispatch({ type: 'pause' });
      host.report({ event: 'visitor' });
      options.onVisiting(true);
    },
    onWarn: (leftMs) => options.onWarning(leftMs),
    onStay: () => options.onWarning(null),
    onIdle: () => {
      options.onWarning(null);
      if (options.idleAction === 'resume') resumeAutoplay();
      else restartLoop();
      host.report({ event: 'idle-return' });
      options.onVisiting(false);
    },
  });

  // Closed: the show is stopped and black; an input only asks when it opens again.
  let closed = false;
  // Paused by staff: the show holds where they left it, whatever a visitor touches, until they resume.
  let held = false;
  const swallowWhileClosed = (event: Event): boolean => {
    // The exit dialog stays usable: staff may leave a closed kiosk.
    if ((!closed && !held) || isControl(event.target)) return false;
    event.stopImmediatePropagation();
    if (event.cancelable) event.preventDefault();
    if (closed) options.onClosedInput?.();
    return true;
  };

  // Capture phase: the kiosk hears every input before the show's own handlers act on it.
  const onKeyDown = (event: KeyboardEvent) => {
    if (matchesChord(options.chord, event)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      options.onExitChord();
      return;
    }
    if (MODIFIER_KEYS.has(event.key) || swallowWhileClosed(event)) return;
    attendance.acted();
  };
  // The press that takes the show over only takes it over: a visitor touching a quiet
  // screen should not skip what they came to read; nor does the touch that answers the
  // countdown ("touch anywhere to stay"). Later taps move: the left third back, the rest
  // forward (swipes are swipe.ts's).
  const presses = new Map<number, { x: number; y: number; onlyAttends: boolean }>();
  const onPointerDown = (event: PointerEvent) => {
    if (swallowWhileClosed(event)) return;
    const answersWarning = attendance.warned;
    const tookOver = attendance.acted();
    presses.set(event.pointerId, { x: event.clientX, y: event.clientY, onlyAttends: tookOver || answersWarning });
  };
  const onPointerUp = (event: PointerEvent) => {
    const press = presses.get(event.pointerId);
    presses.delete(event.pointerId);
    if (!press || press.onlyAttends || event.button > 0) return;
    if (Math.hypot(event.clientX - press.x, event.clientY - press.y) > TAP_SLOP_PX) return;
    if (isControl(event.target)) return;
    dispatch({ type: event.clientX < target.innerWidth / 3 ? 'previous' : 'next' });
  };
  const onPointerCancel = (event: PointerEvent) => presses.delete(event.pointerId);
  const onWheel = (event: WheelEvent) => {
    if (!swallowWhileClosed(event)) attendance.acted();
  };

  target.addEventListener('keydown', onKeyDown, { capture: true });
  target.addEventListener('pointerdown', onPointerDown, { capture: true });
  target.addEventListener('pointerup', onPointerUp);
  target.addEventListener('pointercancel', onPointerCancel);
  // Not passive: a wheel while closed must not step the show under the black.
  target.addEventListener('wheel', onWheel, { capture: true });
  const heartbeat = setInterval(() => host.heartbeat(), HEARTBEAT_MS);
  host.heartbeat();
  restartLoop();

  const staff = options.staff ?? null;
  const setHeld = (value: boolean) => {
    held = value;
    if (staff) staff.desk.paused = value;
  };
  const stopStaff = staff
    ? [
        staff.line.onAction((action) => {
          attendance.reset();
          options.onWarning(null);
          options.onVisiting(false);
          if (action === 'pause') {
            setHeld(true);
            dispatch({ type: 'pause' });
          } else if (action === 'resume') {
            setHeld(false);
            if (!closed) resumeAutoplay();
          } else if (action === 'restart-loop') {
            setHeld(false);
            if (!closed) restartLoop();
          } else options.onStaffExit?.();
        }),
        staff.line.onStatusRequest(() => staff.line.sendStatus(staff.desk.status(staff.where(), new Date()))),
      ]
    : [];

  let disposed = false;
  let stopWatching = () => {};
  void options.schedule?.then((schedule) => {
    if (!schedule || disposed) return;
    stopWatching = watchOpening(schedule, (open, nextChange) => {
      staff?.desk.hours(open, nextChange);
      const wasClosed = closed;
      closed = !open;
      if (closed) {
        attendance.reset();
        options.onWarning(null);
        options.onVisiting(false);
        dispatch({ type: 'pause' });
        dispatch({ type: 'blackout', on: true });
      } else if (wasClosed && !held) restartLoop();
      options.onHours?.(open, nextChange);
    });
  });

  return () => {
    disposed = true;
    for (const stop of stopStaff) stop();
    stopWatching();
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
