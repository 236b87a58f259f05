/**
 * The kiosk's settings, one typed record shared by main (settings file, command line)
 * and the renderer (URL query). Precedence: defaults, then the settings file, then the
 * command line; the renderer gets the result in its query. A bad value never stops an
 * exhibition: that one setting keeps its default and the mistake is reported, naming
 * the setting, the value and what is allowed. Pure: no Node, no DOM.
 */
// zod/mini: the renderer ships this file (for its kiosk query), and sync.ts already brings zod/mini, not zod.
import * as z from 'zod/mini';
import { formatChord, parseChord } from './key-chord.ts';
import { DEFAULT_KIOSK_SETTINGS, IDLE_ACTIONS, UI_LANGUAGES, type KioskSettings } from './kiosk-defaults.ts';
import { KIOSK_SETTINGS_IN_QUERY, queryPairs, readPageQuery, type PageQuery, type QueryKey } from './page-query.ts';

export { formatChord, matchesChord, parseChord, type Chord } from './key-chord.ts';

// The settings' shape and defaults live apart from their checks (zod), for pages that need only the defaults.
export { DEFAULT_KIOSK_SETTINGS, IDLE_ACTIONS, UI_LANGUAGES, type IdleAction, type KioskSettings, type UiLanguage } from './kiosk-defaults.ts';

type SettingKey = keyof KioskSettings;
export const KIOSK_SETTING_KEYS = Object.keys(DEFAULT_KIOSK_SETTINGS) as SettingKey[];

// ---------------------------------------------------------------------------------------------
// Validation

interface Rule<T> {
  /** What is allowed, completing "<name> must be …". */
  allowed: string;
  /** Takes a good value as the setting keeps it (the chord in its one spelling); a custom issue says why a value is not. */
  schema: z.ZodMiniType<T>;
  /** What falling back means, when the default alone does not say it. */
  fallback?: string;
}

const SCENE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function wholeSeconds(min: number, max: number): Rule<number> {
  return { allowed: `a whole number of seconds from ${min} to ${max}`, schema: z.int().check(z.minimum(min), z.maximum(max)) };
}

const RULES: { [K in SettingKey]: Rule<KioskSettings[K]> } = {
  idleSeconds: wholeSeconds(10, 3600),
  exitChord: {
    allowed: 'two or more modifiers (Control, Alt, Shift, Meta) and one key joined by "+", as in "Control+Alt+Shift+Q"',
    schema: z.pipe(
      z.string(),
      z.transform((value: string, context) => {
        const parsed = parseChord(value);
        if ('chord' in parsed) return formatChord(parsed.chord);
        context.issues.push({ code: 'custom', message: parsed.error, input: value });
        return z.NEVER;
      }),
    ),
  },
  pin: {
    allowed: 'null or 4 to 12 digits in quotes, as in "2468"',
    schema: z.nullable(z.string().check(z.regex(/^\d{4,12}$/))),
    fallback: 'no PIN: the exit chord alone ends the kiosk',
  },
  advisory: { allowed: 'true or false', schema: z.boolean() },
  startScene: {
    allowed: 'null or a scene id of lowercase letters, digits and hyphens, as in "the-scar"',
    schema: z.nullable(z.string().check(z.regex(SCENE_ID))),
  },
  language: { allowed: `one of ${UI_LANGUAGES.map((code) => `"${code}"`).join(', ')}`, schema: z.enum(UI_LANGUAGES) },
  cursorHideSeconds: wholeSeconds(1, 60),
  idleWarnSeconds: wholeSeconds(0, 300),
  idleAction: { allowed: `one of ${IDLE_ACTIONS.map((action) => `"${action}"`).join(', ')}`, schema: z.enum(IDLE_ACTIONS) },
  openingHours: {
    allowed: 'null or opening hours in OpenStreetMap\'s opening_hours syntax, as in "Mo-Fr 09:00-18:00; Sa 10:00-16:00"',
    schema: z.nullable(z.string().check(z.minLength(1), z.maxLength(500))),
    fallback: 'always open',
  },
  statusScreenshotMinutes: { allowed: 'a whole number of minutes from 0 (no screenshots) to 1440', schema: z.int().check(z.minimum(0), z.maximum(1440)) },
};

/** The settings as a whole: an object of settings, whatever its keys (each is checked on its own). */
const SETTINGS_OBJECT = z.record(z.string(), z.unknown());

/** Other spellings people reach for (the query's and the flags' names), for "did you mean". */
const ALIASES: Record<string, SettingKey> = {
  idle: 'idleSeconds', exit: 'exitChord', chord: 'exitChord', start: 'startScene', scene: 'startScene',
  lang: 'language', cursor: 'cursorHideSeconds', warn: 'idleWarnSeconds', idleWarn: 'idleWarnSeconds', return: 'idleAction',
  hours: 'openingHours', screenshots: 'statusScreenshotMinutes',
};

function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export type KioskSettingLabels = Partial<Record<SettingKey, string>>;

function problemText<K extends SettingKey>(key: K, label: string, value: unknown, why: string | undefined): string {
  const rule = RULES[key] as Rule<KioskSettings[K]>;
  const fallback = rule.fallback ?? `keeping the default ${show(DEFAULT_KIOSK_SETTINGS[key])}`;
  return `${label} must be ${rule.allowed}, not ${show(value)}${why ? ` (${why})` : ''}; ${fallback}`;
}

/** The problem for a setting whose value passed the shape check but not a deeper one (opening hours, parsed in main). */
export function kioskSettingProblem(key: SettingKey, label: string, value: unknown, why: string): string {
  return problemText(key, label, value, why);
}

/**
 * Validates a plain object of settings. Unknown keys are problems naming the key and the
 * allowed keys; a bad value keeps that key's default and is a problem naming the key, the
 * value and what is allowed. `labels` names the keys as the user wrote them (a flag, a query
 * parameter); `path` is always the setting's key.
 */
export function validateKioskSettings(
  input: unknown,
  labels: KioskSettingLabels = {},
): { settings: KioskSettings; problems: { path: string; message: string }[] } {
  const settings: KioskSettings = { ...DEFAULT_KIOSK_SETTINGS };
  const problems: { path: string; message: string }[] = [];
  const whole = SETTINGS_OBJECT.safeParse(input);
  if (!whole.success) {
    problems.push({ path: '', message: `the kiosk settings must be an object of settings, as in {"idleSeconds": 90}, not ${show(input)}; using the defaults` });
    return { settings, problems };
  }
  const record = whole.data;
  for (const key of Object.keys(record)) {
    if ((KIOSK_SETTING_KEYS as string[]).includes(key)) continue;
    const guess = ALIASES[key.toLowerCase()] ?? KIOSK_SETTING_KEYS.find((known) => known.toLowerCase() === key.toLowerCase());
    problems.push({
      path: key,
      message: `unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}; the allowed keys are ${KIOSK_SETTING_KEYS.join(', ')}`,
    });
  }
  for (const key of KIOSK_SETTING_KEYS) {
    if (!Object.hasOwn(record, key)) continue;
    const value = record[key];
    const checked = RULES[key].schema.safeParse(value);
    if (checked.success) (settings as unknown as Record<string, unknown>)[key] = checked.data;
    else {
      const why = checked.error.issues.find((issue) => issue.code === 'custom')?.message;
      problems.push({ path: key, message: problemText(key, labels[key] ?? key, value, why) });
    }
  }
  return { settings, problems };
}

// ---------------------------------------------------------------------------------------------
// The URL query form (its keys are page-query.ts's)

const NUMERIC = new Set<SettingKey>(['idleSeconds', 'cursorHideSeconds', 'idleWarnSeconds', 'statusScreenshotMinutes']);

/** Query and command-line text to the value a setting takes: numbers for the numeric ones. */
export function settingFromText(key: SettingKey, text: string): unknown {
  return NUMERIC.has(key) && /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
}

export interface KioskQuery {
  settings: KioskSettings;
  /** `lock`: a PIN is set and the host checks it, so the URL carries none. */
  pinCheckedByHost: boolean;
  problems: string[];
}

/**
 * The renderer's URL query (web build and Electron alike): idle, exit, pin, advisory (on|off),
 * start, lang, cursor, and the flag `lock`: "a PIN is set and the host checks it", in which
 * case the PIN itself is not in the URL (and a `pin` beside it is ignored).
 */
export function kioskSettingsFromQuery(query: URLSearchParams): KioskQuery {
  return kioskSettingsFromPageQuery(readPageQuery(query));
}

/** The same, from a query page-query.ts has read already. */
export function kioskSettingsFromPageQuery({ values, problems: queryProblems }: ReturnType<typeof readPageQuery>): KioskQuery {
  const pinCheckedByHost = values.lock;
  const raw: Record<string, unknown> = {};
  const labels: KioskSettingLabels = {};
  const problems: string[] = [];
  for (const { key, setting } of KIOSK_SETTINGS_IN_QUERY) {
    const given = values[key];
    if (given === null) continue;
    if (setting === 'pin' && pinCheckedByHost) {
      problems.push('pin is ignored beside lock: the host checks the PIN');
      continue;
    }
    raw[setting] = typeof given === 'string' ? settingFromText(setting, given) : given;
    labels[setting] = key;
  }
  for (const problem of queryProblems) {
    if (problem.key === 'advisory') problems.push(`advisory must be on or off, not ${show(problem.value)}; keeping ${problem.fallback}`);
  }
  const result = validateKioskSettings(raw, labels);
  return { settings: result.settings, pinCheckedByHost, problems: [...problems, ...result.problems.map((problem) => problem.message)] };
}

/** The settings as page-query values, only those that differ from the defaults. */
export function kioskSettingsQueryValues(settings: KioskSettings, options: { pinCheckedByHost: boolean }): Partial<PageQuery> {
  const values: Partial<Record<QueryKey, unknown>> = {};
  for (const { key, setting } of KIOSK_SETTINGS_IN_QUERY) {
    const value = settings[setting];
    if (value === DEFAULT_KIOSK_SETTINGS[setting] || value === null) continue;
    if (setting === 'pin' && options.pinCheckedByHost) values.lock = true;
    else values[key] = typeof value === 'boolean' ? value : String(value);
  }
  return values as Partial<PageQuery>;
}

/** The settings as query pairs, only those that differ from the defaults (kioskSettingsFromQuery reads them back). */
export function kioskSettingsToQuery(settings: KioskSettings, options: { pinCheckedByHost: boolean }): [string, string][] {
  return queryPairs(kioskSettingsQueryValues(settings, options));
}
