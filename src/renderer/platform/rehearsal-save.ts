/**
 * Where rehearsed times can be written as planned times: the app (running from its
 * sources) or the authoring dev server. A built web page cannot write files: it offers
 * the times as a download for `npm run rehearsal:apply`.
 */
import '../../shared/host-api';
import type { RehearsalTimes } from '../presenter/rehearsal';
import { ui } from '../strings';

export type SaveResult = { ok: true; files: string[] } | { ok: false; message: string };

const WRITTEN_KEY = 'forced-repatriation-deck:rehearsal-written';

/** How long after writing the message is still shown (the dev server may reload more than once). */
const WRITTEN_SHOWN_MS = 20_000;

/** Kept across the reloads that follow new planned times, so the speaker still sees what happened. */
export function rememberWritten(message: string): void {
  sessionStorage.setItem(WRITTEN_KEY, JSON.stringify({ message, at: Date.now() }));
}

export function recentWrittenMessage(): string | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(WRITTEN_KEY) ?? 'null') as { message?: unknown; at?: unknown } | null;
    if (typeof saved?.message !== 'string' || typeof saved.at !== 'number') return null;
    return Date.now() - saved.at < WRITTEN_SHOWN_MS ? saved.message : null;
  } catch {
    return null;
  }
}

export function canWriteSlides(): boolean {
  return Boolean(window.deckHost) || import.meta.env.DEV;
}

export async function writeRehearsalToSlides(times: RehearsalTimes): Promise<SaveResult> {
  try {
    if (window.deckHost) return { ok: true, ...(await window.deckHost.writeRehearsal(times)) };
    const response = await fetch('/__deck/rehearsal', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(times),
    });
    const body = (await response.json()) as { files?: string[]; error?: string };
    return response.ok && body.files ? { ok: true, files: body.files } : { ok: false, message: body.error ?? ui().presenter.rehearsal.serverAnswered(response.status) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

export function downloadRehearsal(times: RehearsalTimes): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(times, null, 2)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: 'rehearsal.json' });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
