/**
 * What a kiosk page knows of itself, for the staff console (in a browser there is no health
 * report: this is it): loops played, the last visitor, the last error the page saw, open or
 * closed, paused by staff. Fed from the kiosk's own reports; pure, so it is tested alone.
 */
import type { KioskReport } from '../../shared/kiosk-report';
import type { StaffStatus } from '../../shared/remote-protocol';

export class StaffDesk {
  paused = false;
  #loops = 0;
  #lastVisitor: Date | null = null;
  #lastError: { time: string; event: string; reason?: string } | null = null;
  #open = true;
  #nextChange: Date | null = null;

  /** One of the kiosk's reports (the same it gives its host), at `at`. */
  note(report: KioskReport, at: Date): void {
    if (report.event === 'loop') this.#loops = Math.max(this.#loops, report.loop ?? this.#loops + 1);
    else if (report.event === 'visitor') this.#lastVisitor = at;
  }

  /** An error the page met (a script error, a promise rejected and not handled). */
  error(reason: string, at: Date): void {
    this.#lastError = { time: at.toISOString(), event: 'page-error', reason: reason.slice(0, 200) };
  }

  hours(open: boolean, nextChange: Date | null): void {
    this.#open = open;
    this.#nextChange = nextChange;
  }

  status(where: { scene: string; step: number }, now: Date): StaffStatus {
    return {
      source: 'page',
      open: this.#open,
      nextChange: this.#nextChange?.toISOString() ?? null,
      paused: this.paused,
      loopsPlayed: this.#loops,
      lastVisitorInput: this.#lastVisitor?.toISOString() ?? null,
      recoveries: null,
      lastError: this.#lastError,
      scene: where.scene,
      step: where.step,
      updated: now.toISOString(),
      screenshot: null,
    };
  }
}
