/**
 * What a show window does when its renderer process is gone ('render-process-gone'), by the
 * reason Electron gives (RenderProcessGoneDetails.reason). A reload brings the show back where
 * it was (the audience resumes from its URL, the presenter asks where the show is), but reloading
 * at once every time turns a renderer that keeps dying into a tight loop that eats the machine:
 * - a crash, a kill, running out of memory or an abnormal exit: reloaded, at once the first time,
 *   then after a pause that doubles with each death in the window (1 s, 2 s, 4 s, 8 s, 16 s);
 * - a process that could not start ('launch-failed') or whose files failed their integrity check
 *   ('integrity-failure'): a reload cannot mend that, so one retry, then the speaker is told;
 * - too many deaths within the window: the speaker is told and decides.
 * Pure: the times come in, the decision goes out.
 */
import type { RenderProcessGoneDetails } from 'electron';

export type GoneReason = RenderProcessGoneDetails['reason'];

export type ReloadDecision = { action: 'reload'; delayMs: number } | { action: 'stop'; message: string };

/** Deaths are counted over this window... */
export const DEATH_WINDOW_MS = 5 * 60_000;
/** ...and after this many in it, the speaker is asked instead of another reload. */
export const MAX_DEATHS_IN_WINDOW = 6;
export const FIRST_PAUSE_MS = 1000;
/** Reasons a reload cannot mend: retried once, then reported. */
const NOT_MENDED_BY_RELOAD: ReadonlySet<GoneReason> = new Set(['launch-failed', 'integrity-failure']);

export class RendererReloadPolicy {
  #deaths: { at: number; reason: GoneReason }[] = [];

  decide(reason: GoneReason, now: number): ReloadDecision {
    this.#deaths = [...this.#deaths.filter((death) => now - death.at < DEATH_WINDOW_MS), { at: now, reason }];
    const deaths = this.#deaths.length;
    if (NOT_MENDED_BY_RELOAD.has(reason)) {
      const unmended = this.#deaths.filter((death) => NOT_MENDED_BY_RELOAD.has(death.reason)).length;
      if (unmended > 1) return { action: 'stop', message: stopMessage(reason) };
      return { action: 'reload', delayMs: FIRST_PAUSE_MS };
    }
    if (deaths > MAX_DEATHS_IN_WINDOW) return { action: 'stop', message: stopMessage(reason, deaths) };
    if (deaths === 1) return { action: 'reload', delayMs: 0 };
    return { action: 'reload', delayMs: FIRST_PAUSE_MS * 2 ** (deaths - 2) };
  }

  /** The speaker chose to try again: the count starts afresh. */
  reset(): void {
    this.#deaths = [];
  }
}

function stopMessage(reason: GoneReason, deaths?: number): string {
  if (reason === 'integrity-failure') return 'The app’s files failed their integrity check, so the show cannot be displayed. Reinstall the app.';
  if (reason === 'launch-failed') return 'The show’s display process could not start. Restart the app; if it happens again, restart the computer.';
  return `The show’s display stopped ${deaths} times in ${DEATH_WINDOW_MS / 60_000} minutes (last: ${reason}).`;
}
