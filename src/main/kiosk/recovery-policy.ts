/**
 * What the kiosk does after a failure (a renderer crash, a hang, a lost GPU process).
 * First it reloads the show at the loop start. When reloads stop helping (failures keep
 * coming), it relaunches the whole app, counting relaunches in an argument that survives
 * the relaunch. When relaunches stop helping too, it gives up relaunching but not the
 * exhibition: it reloads slowly, for as long as it takes. It never quits.
 */

/** Failures are counted over this window... */
export const FAILURE_WINDOW_MS = 5 * 60_000;
/** ...and more than this many in it call for a relaunch instead of another reload. */
export const MAX_RELOADS_IN_WINDOW = 3;
/** A failure is answered by a reload this soon (the show is back well within 2 s). */
export const RELOAD_DELAY_MS = 500;
/** Relaunches are counted from the first of a series, over this window... */
export const RELAUNCH_WINDOW_MS = 30 * 60_000;
/** ...and once this many have not helped, the kiosk gives up relaunching. */
export const MAX_RELAUNCHES_IN_WINDOW = 3;
/** Given up: one slow reload a minute, for as long as failures keep coming. */
export const GIVE_UP_RELOAD_DELAY_MS = 60_000;

/** The argument that carries the relaunch count into the relaunched app. */
export const RELAUNCH_COUNT_ARG = '--kiosk-relaunch-count';
/** The argument that carries when the current series of relaunches began (ms since 1970). */
export const RELAUNCH_SINCE_ARG = '--kiosk-relaunch-since';

export interface RelaunchHistory {
  /** Relaunches in the current series. */
  count: number;
  /** When the series' first relaunch happened (ms since 1970), null when there was none. */
  since: number | null;
}

export type RecoveryDecision =
  | { action: 'reload'; delayMs: number; reason: string }
  | { action: 'relaunch'; next: RelaunchHistory; reason: string }
  | { action: 'give-up'; delayMs: number; reason: string };

/** Failures within the window, oldest first: what a caller keeps between failures. */
export function recentFailures(failures: readonly number[], now: number): number[] {
  return failures.filter((time) => time <= now && now - time < FAILURE_WINDOW_MS);
}

/**
 * Decides what to do about a failure at `now`. `failures` are the times of this process's
 * failures, this one included; `relaunches` is what the command line says came before.
 */
export function decideRecovery(failures: readonly number[], now: number, relaunches: RelaunchHistory): RecoveryDecision {
  const recent = recentFailures(failures, now).length;
  if (recent <= MAX_RELOADS_IN_WINDOW) {
    return { action: 'reload', delayMs: RELOAD_DELAY_MS, reason: `failure ${recent} in ${minutes(FAILURE_WINDOW_MS)}` };
  }
  const inSeries = relaunches.since !== null && now >= relaunches.since && now - relaunches.since < RELAUNCH_WINDOW_MS;
  const count = inSeries ? relaunches.count : 0;
  if (count >= MAX_RELAUNCHES_IN_WINDOW) {
    return {
      action: 'give-up',
      delayMs: GIVE_UP_RELOAD_DELAY_MS,
      reason: `${recent} failures in ${minutes(FAILURE_WINDOW_MS)} after ${count} relaunches in ${minutes(RELAUNCH_WINDOW_MS)}: reloading once a minute`,
    };
  }
  return {
    action: 'relaunch',
    next: { count: count + 1, since: inSeries ? relaunches.since : now },
    reason: `${recent} failures in ${minutes(FAILURE_WINDOW_MS)}: relaunch ${count + 1} of ${MAX_RELAUNCHES_IN_WINDOW}`,
  };
}

function minutes(ms: number): string {
  return `${ms / 60_000} minutes`;
}

/** The relaunch history the command line carries; none when absent or malformed. */
export function readRelaunchHistory(argv: readonly string[]): RelaunchHistory {
  const value = (name: string) => {
    const arg = argv.find((item) => item.startsWith(`${name}=`));
    const text = arg?.slice(name.length + 1) ?? '';
    return /^\d{1,15}$/.test(text) ? Number(text) : null;
  };
  const count = value(RELAUNCH_COUNT_ARG);
  const since = value(RELAUNCH_SINCE_ARG);
  return count === null || since === null ? { count: 0, since: null } : { count, since };
}

/** The arguments for the relaunched app: the same ones, with the history replaced. */
export function relaunchArgs(argv: readonly string[], next: RelaunchHistory): string[] {
  const kept = argv.filter((arg) => !arg.startsWith(`${RELAUNCH_COUNT_ARG}=`) && !arg.startsWith(`${RELAUNCH_SINCE_ARG}=`));
  return [...kept, `${RELAUNCH_COUNT_ARG}=${next.count}`, `${RELAUNCH_SINCE_ARG}=${next.since ?? 0}`];
}
