/**
 * What the page was asked to be, read from the URL query (the contract in docs/design.md).
 * Defaults first, then the query; a value we do not know falls back to the default
 * and is reported, never ignored in silence.
 */
import { DEFAULT_KIOSK_SETTINGS, kioskSettingsFromQuery, type KioskSettings } from '../shared/kiosk-settings';
import { ui } from './strings';

export const VIEWS = ['audience', 'presenter', 'print', 'overview'] as const;
export const MODES = ['present', 'autoplay', 'scroll'] as const;

export type View = (typeof VIEWS)[number];
export type Mode = (typeof MODES)[number];

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
  /** Problems with the query, for the user to see. */
  notices: string[];
}

export function readConfig(search: string): ShowConfig {
  const query = new URLSearchParams(search);
  const notices: string[] = [];
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = query.get(name);
    if (value === null) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    notices.push(ui().query.unknownValue(name, value, allowed, fallback));
    return fallback;
  };
  const view = pick('view', VIEWS, 'audience');
  const mode = pick('mode', MODES, 'present');
  const motion = pick('motion', ['reduced', 'system'] as const, 'system');
  const kiosk = query.has('kiosk') && query.get('kiosk') !== 'false';
  const kioskQuery = kiosk ? kioskSettingsFromQuery(query) : null;
  if (kioskQuery) notices.push(...kioskQuery.problems);
  return {
    view,
    mode,
    kiosk,
    kioskSettings: kioskQuery?.settings ?? DEFAULT_KIOSK_SETTINGS,
    pinCheckedByHost: kioskQuery?.pinCheckedByHost ?? false,
    forceReducedMotion: motion === 'reduced',
    snap: pick('snap', ['on', 'off'] as const, 'on') === 'on',
    printSteps: query.has('steps'),
    printNotes: query.has('notes'),
    printHandout: query.has('handout'),
    notices,
  };
}
