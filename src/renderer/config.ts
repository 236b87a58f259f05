/**
 * What the page was asked to be, read from the URL query (DESIGN.md's contract).
 * Defaults first, then the query; a value we do not know falls back to the default
 * and is reported, never ignored in silence.
 */
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
  /** True when `?motion=reduced` forces reduced motion whatever the system says. */
  forceReducedMotion: boolean;
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
    notices.push(`Unknown ${name} “${value}” (use ${allowed.join(', ')}). Using ${fallback}.`);
    return fallback;
  };
  const view = pick('view', VIEWS, 'audience');
  const mode = pick('mode', MODES, 'present');
  const motion = pick('motion', ['reduced', 'system'] as const, 'system');
  return {
    view,
    mode,
    kiosk: query.has('kiosk') && query.get('kiosk') !== 'false',
    forceReducedMotion: motion === 'reduced',
    printSteps: query.has('steps'),
    printNotes: query.has('notes'),
    printHandout: query.has('handout'),
    notices,
  };
}
