/**
 * What the page was asked to be, read from the URL query (the contract in docs/design.md) by
 * shared/page-query.ts, which every reader and writer of the query shares. Defaults first,
 * then the query; a value we do not know falls back to the default and is reported, in the
 * page's words (strings.ts), never ignored in silence.
 */
import { DEFAULT_KIOSK_SETTINGS, type KioskSettings } from '../shared/kiosk-defaults';
import { readPageQuery, type Mode, type View } from '../shared/page-query';
import { ui } from './strings';

export { MODES, VIEWS, type Mode, type View } from '../shared/page-query';

export interface ShowConfig {
  /** Which view of the deck this page is. Default: audience. */
  view: View;
  /** What drives the timeline. Default: present (keys and clicker). */
  mode: Mode;
  /** Unattended exhibition behaviour. Default: off. */
  kiosk: boolean;
  /** The kiosk's settings (idle time, exit chord, PIN, advisory, start scene, language): defaults unless in kiosk. */
  kioskSettings: KioskSettings;
  /** True when the host (Electron's main) holds and checks the kiosk PIN, so the URL carries none. */
  pinCheckedByHost: boolean;
  /** True when `?motion=reduced` forces reduced motion whatever the system says. */
  forceReducedMotion: boolean;
  /** Scroll story: snap to each step's resting place (default on; `?snap=off`). */
  snap: boolean;
  /** Print view: a page per step rather than per scene. */
  printSteps: boolean;
  /** Print view: add notes pages. */
  printNotes: boolean;
  /** Print view: several scenes per page with their notes. */
  printHandout: boolean;
  /** The phone remote's show key (`relay`): this page owns the show and connects to the relay that served it; null: no remote. */
  relay: string | null;
  /** Problems with the query, for the user to see. */
  notices: string[];
}

/** Async only for a kiosk: its settings' checks (with zod) are a chunk no other page loads. */
export async function readConfig(search: string): Promise<ShowConfig> {
  const read = readPageQuery(search);
  const { values } = read;
  const notices = read.problems
    .filter((problem) => problem.part === 'page')
    .map((problem) => ui().query.unknownValue(problem.key, problem.value, problem.allowed, problem.fallback));
  // Kiosk settings mean something in a kiosk only; elsewhere they are not even checked.
  const kioskQuery = values.kiosk ? (await import('../shared/kiosk-settings')).kioskSettingsFromPageQuery(read) : null;
  if (kioskQuery) notices.push(...kioskQuery.problems);
  return {
    view: values.view,
    mode: values.mode,
    kiosk: values.kiosk,
    kioskSettings: kioskQuery?.settings ?? DEFAULT_KIOSK_SETTINGS,
    pinCheckedByHost: kioskQuery?.pinCheckedByHost ?? false,
    forceReducedMotion: values.motion === 'reduced',
    snap: values.snap,
    printSteps: values.steps,
    printNotes: values.notes,
    printHandout: values.handout,
    relay: values.relay,
    notices,
  };
}
