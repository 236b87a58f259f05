/**
 * The page's URL query, every key of it, read and written here and nowhere else: by the
 * renderer (renderer/config.ts), main (args.ts: the audience, presenter and print URLs, the
 * menu's mode switch), both PDF exports, the kiosk's settings (kiosk-settings.ts) and the
 * kiosk leaving a browser page (renderer/kiosk/kiosk-host.ts). A new key is one row of KEYS.
 *
 * Reading never fails: a key that is absent takes its default; a choice given a value it does
 * not know takes its default and is reported (the caller words the report). Writing leaves out
 * every default, and writes a flag as the bare key (`?view=print&steps`).
 */
import type { KioskSettings } from './kiosk-settings.ts';
import type { PrintOptions } from './print-pages.ts';

export const VIEWS = ['audience', 'presenter', 'print', 'overview', 'remote', 'console'] as const;
export const MODES = ['present', 'autoplay', 'scroll'] as const;
export const MOTIONS = ['reduced', 'system'] as const;

export type View = (typeof VIEWS)[number];
export type Mode = (typeof MODES)[number];
export type Motion = (typeof MOTIONS)[number];

/**
 * `page`: what the page is and how it plays. `kiosk`: the kiosk and its settings, which only
 * a kiosk reads (kiosk-settings.ts checks them) and a page leaving the kiosk drops.
 */
type Part = 'page' | 'kiosk';

/** How one key's text becomes a value and back. */
interface KeyCodec<T> {
  part: Part;
  /** The value when the key is absent or its text unknown; never written. */
  fallback: T;
  /** `text` is null when the key is absent; undefined: a text this key does not take. */
  read(text: string | null): T | undefined;
  /** The value's spelling in the query: '' is the bare key, null is no key. */
  spell(value: T): string | null;
  /** For a choice, the texts it takes (named in reports). */
  allowed?: readonly string[];
  /** For a kiosk setting carried as text: the setting it carries. */
  setting?: keyof KioskSettings;
}

function choice<const T extends string>(allowed: readonly T[], fallback: T): KeyCodec<T> {
  return {
    part: 'page',
    fallback,
    allowed,
    read: (text) => (text === null ? fallback : (allowed as readonly string[]).includes(text) ? (text as T) : undefined),
    spell: (value) => value,
  };
}

function onOff(fallback: boolean, part: Part = 'page', setting?: keyof KioskSettings): KeyCodec<boolean> {
  return {
    part,
    fallback,
    setting,
    allowed: ['on', 'off'],
    read: (text) => (text === null ? fallback : text === 'on' ? true : text === 'off' ? false : undefined),
    spell: (value) => (value ? 'on' : 'off'),
  };
}

/** Present or not; `?kiosk=false` is the one flag that a value can turn off. */
function flag(part: Part = 'page', offText?: string): KeyCodec<boolean> {
  return {
    part,
    fallback: false,
    read: (text) => text !== null && text !== offText,
    spell: (value) => (value ? '' : null),
  };
}

/** Text as given, for the page (a key); null when absent. */
function pageText(): KeyCodec<string | null> {
  return { part: 'page', fallback: null, read: (text) => text, spell: (value) => value };
}

/** A kiosk setting's text as given; kiosk-settings.ts checks it. */
function kioskText(setting: keyof KioskSettings): KeyCodec<string | null> {
  return { part: 'kiosk', fallback: null, setting, read: (text) => text, spell: (value) => value };
}

/** Every key, in the order they are written. */
const KEYS = {
  view: choice(VIEWS, 'audience'),
  mode: choice(MODES, 'present'),
  motion: choice(MOTIONS, 'system'),
  /** Scroll story: snap to each step's resting place. */
  snap: onOff(true),
  /** Print view: a page per step, notes pages, a handout. */
  steps: flag(),
  notes: flag(),
  handout: flag(),
  /** The show's key for the phone remote's relay (src/remote): the page that owns the show connects to it. */
  relay: pageText(),
  kiosk: flag('kiosk', 'false'),
  idle: kioskText('idleSeconds'),
  exit: kioskText('exitChord'),
  /** The PIN, in a browser only: the app's page never carries it, `lock` says main holds one. */
  pin: kioskText('pin'),
  lock: flag('kiosk'),
  start: kioskText('startScene'),
  lang: kioskText('language'),
  cursor: kioskText('cursorHideSeconds'),
  advisory: onOff(true, 'kiosk', 'advisory'),
  warn: kioskText('idleWarnSeconds'),
  return: kioskText('idleAction'),
  hours: kioskText('openingHours'),
  screenshots: kioskText('statusScreenshotMinutes'),
};

type Keys = typeof KEYS;
export type QueryKey = keyof Keys;
export type PageQuery = { [K in QueryKey]: Keys[K] extends KeyCodec<infer T> ? T : never };

const QUERY_KEYS = Object.keys(KEYS) as QueryKey[];
const codec = <K extends QueryKey>(key: K) => KEYS[key] as unknown as KeyCodec<PageQuery[K]>;

/** The keys that make a page a kiosk and set it up. */
export const KIOSK_QUERY_KEYS: readonly QueryKey[] = QUERY_KEYS.filter((key) => KEYS[key].part === 'kiosk');

/** The kiosk settings carried in the query, each with the key that carries it, in the order they are written. */
export const KIOSK_SETTINGS_IN_QUERY: readonly { key: QueryKey; setting: keyof KioskSettings }[] = QUERY_KEYS.flatMap((key) => {
  const { setting } = KEYS[key] as KeyCodec<unknown>;
  return setting ? [{ key, setting }] : [];
});

/** A value a key does not take: the key kept its default. */
export interface QueryProblem {
  key: QueryKey;
  part: Part;
  value: string;
  allowed: readonly string[];
  fallback: string;
}

export function readPageQuery(search: string | URLSearchParams): { values: PageQuery; problems: QueryProblem[] } {
  const query = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values: Record<string, unknown> = {};
  const problems: QueryProblem[] = [];
  for (const key of QUERY_KEYS) {
    const { read, fallback, spell, allowed = [], part } = codec(key) as KeyCodec<unknown>;
    const text = query.get(key);
    const value = read(text);
    if (value !== undefined) values[key] = value;
    else {
      values[key] = fallback;
      problems.push({ key, part, value: text ?? '', allowed, fallback: spell(fallback) ?? '' });
    }
  }
  return { values: values as PageQuery, problems };
}

/** The query's pairs for these values, in KEYS' order, defaults left out; a flag's text is ''. */
export function queryPairs(values: Partial<PageQuery>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const key of QUERY_KEYS) {
    const value = values[key];
    const { fallback, spell } = codec(key) as KeyCodec<unknown>;
    if (value === undefined || value === fallback) continue;
    const text = spell(value);
    if (text !== null) pairs.push([key, text]);
  }
  return pairs;
}

/** "?…" with the flags bare (`?kiosk&idle=90`), or "" for an empty query. */
export function searchString(query: URLSearchParams): string {
  const text = query.toString().replace(/=(&|$)/g, '$1');
  return text ? `?${text}` : '';
}

/** The renderer's page at `origin` with these values in its query, and a hash (`#/<scene>`) if given. */
export function pageUrl(origin: string, values: Partial<PageQuery>, hash = ''): string {
  return `${origin}/index.html${searchString(new URLSearchParams(queryPairs(values)))}${hash}`;
}

/** The print view's URL, for both PDF exports. */
export function printViewUrl(origin: string, print: PrintOptions): string {
  return pageUrl(origin, { view: 'print', steps: print.steps, notes: print.notes, handout: print.handout });
}

/** Sets one key in a query, leaving the other keys (known or not) where they are; its default removes it. */
export function setQueryValue<K extends QueryKey>(query: URLSearchParams, key: K, value: PageQuery[K]): void {
  query.delete(key);
  const [pair] = queryPairs({ [key]: value });
  if (pair) query.append(...pair);
}
