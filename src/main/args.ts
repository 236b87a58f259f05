/**
 * The app's command line. Chromium and tools (Playwright, debuggers) add switches of
 * their own, so unknown switches are left alone rather than refused; and no app flag is
 * named like a switch Electron, Chromium or Node acts on (args.test.ts keeps their list). Kiosk flags are
 * checked like the settings file (shared/kiosk-settings.ts): a bad one is a problem
 * naming the flag, and that setting keeps its value from the file or its default.
 */
import { DEFAULT_KIOSK_SETTINGS, kioskSettingsQueryValues, settingFromText, validateKioskSettings, type KioskSettings } from '../shared/kiosk-settings';
import { checkOpeningHours } from '../shared/opening-hours';
import { pageUrl, printViewUrl, searchString, setQueryValue } from '../shared/page-query';
import { parseFps, parseSize } from '../video/video-options';
import type { ShowMode } from './window-state';

export interface AppArgs {
  /** Unattended exhibition mode. */
  kiosk: boolean;
  /** --remote: the phone remote on from the start (in a kiosk, the staff console). */
  remote: boolean;
  /** Scene id to open at. */
  scene: string | null;
  /** 1-based display for the presenter window. */
  presenterDisplay: number | null;
  /** Export the deck to this PDF and quit. */
  exportPdf: string | null;
  /** Export the show to this MP4 and quit. */
  exportVideo: string | null;
  /** With --export-video: --video-size, --video-fps, --video-from, --video-to (the command line's --size, --fps, --from, --to). */
  video: { width: number; height: number; fps: number; from?: string; to?: string };
  /** With --export-pdf: a page per step, notes pages, a handout. */
  print: { steps: boolean; notes: boolean; handout: boolean };
  /** --kiosk-settings: the kiosk's settings file, instead of kiosk-settings.json in the user-data folder. */
  kioskSettingsFile: string | null;
  /** Kiosk settings given as flags, already checked: they win over the settings file. */
  kioskFlags: Partial<KioskSettings>;
  problems: string[];
}

/** Kiosk flags that take a value, and the setting each sets. */
const KIOSK_VALUE_FLAGS: Record<string, keyof KioskSettings> = {
  '--idle': 'idleSeconds',
  '--exit-chord': 'exitChord',
  '--pin': 'pin',
  '--start-scene': 'startScene',
  // Not --lang: that is Chromium's locale switch (RETIRED_FLAGS).
  '--kiosk-language': 'language',
  '--idle-warn': 'idleWarnSeconds',
  '--idle-action': 'idleAction',
  '--opening-hours': 'openingHours',
  '--status-screenshot-minutes': 'statusScreenshotMinutes',
};
const FLAG_LABELS = { ...Object.fromEntries(Object.entries(KIOSK_VALUE_FLAGS).map(([flag, key]) => [key, flag])), advisory: '--no-advisory' };

/** An example value for each switch, for "needs a value" messages. */
const EXAMPLES: Record<string, string> = {
  '--scene': 'the-scar',
  '--start-scene': 'the-scar',
  '--presenter-display': '2',
  '--export-pdf': 'deck.pdf',
  '--export-video': 'show.mp4',
  '--video-size': '1920x1080',
  '--video-fps': '30',
  '--video-from': 'the-film',
  '--video-to': 'the-scar',
  '--kiosk-settings': 'kiosk-settings.json',
  '--idle': '90',
  '--exit-chord': 'Control+Alt+Shift+Q',
  '--pin': '2468',
  '--kiosk-language': 'en',
  '--idle-warn': '15',
  '--idle-action': 'resume',
  '--opening-hours': '"Mo-Fr 09:00-18:00"',
  '--status-screenshot-minutes': '10',
};

/**
 * Flags the app once read that are Chromium's own switches too: Chromium has acted on them
 * before the app sees them (`--lang ko` set the whole app's locale, and `--lang` with a space
 * gave Chromium an empty locale), so they are refused, naming the app's flag.
 */
const RETIRED_FLAGS: Record<string, string> = {
  '--lang':
    "--lang is Chromium's own switch (it sets the language of the whole app, Electron's menus and dialogs included), not the kiosk's: use --kiosk-language, as in --kiosk-language en",
};

export function parseAppArgs(argv: readonly string[]): AppArgs {
  const args: AppArgs = {
    kiosk: false,
    remote: false,
    scene: null,
    presenterDisplay: null,
    exportPdf: null,
    exportVideo: null,
    video: { width: 1920, height: 1080, fps: 30 },
    print: { steps: false, notes: false, handout: false },
    kioskSettingsFile: null,
    kioskFlags: {},
    problems: [],
  };
  const kioskRaw: Record<string, unknown> = {};
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const [name, inlineValue] = arg.startsWith('--') ? splitOnce(arg, '=') : [arg, undefined];
    const value = () => {
      if (inlineValue) return inlineValue;
      const next = argv[index + 1];
      if (inlineValue === '' || next === undefined || next.startsWith('--')) {
        args.problems.push(`${name} needs a value, as in ${name} ${EXAMPLES[name] ?? 'the-scar'}`);
        return null;
      }
      index++;
      return next;
    };
    const kioskKey = KIOSK_VALUE_FLAGS[name];
    if (name === '--kiosk') args.kiosk = true;
    else if (name === '--remote') args.remote = true;
    else if (name === '--export-pdf') args.exportPdf = value();
    else if (name === '--export-video') args.exportVideo = value();
    else if (name === '--video-size' || name === '--video-fps') {
      const given = value();
      try {
        if (given !== null && name === '--video-size') Object.assign(args.video, parseSize(given));
        else if (given !== null) args.video.fps = parseFps(given);
      } catch (error) {
        args.problems.push(`${(error as Error).message.replace(/^--(size|fps)/, name)}`);
      }
    } else if (name === '--video-from' || name === '--video-to') {
      const given = value();
      if (given !== null) args.video[name === '--video-from' ? 'from' : 'to'] = given;
    }
    else if (name === '--steps' || name === '--notes' || name === '--handout') args.print[name.slice(2) as 'steps' | 'notes' | 'handout'] = true;
    else if (name === '--scene') args.scene = value();
    else if (name === '--presenter-display') {
      const given = value();
      if (given !== null && /^[1-9]\d?$/.test(given)) args.presenterDisplay = Number(given);
      else if (given !== null) args.problems.push(`--presenter-display takes a display number from 1, not "${given}"`);
    } else if (name === '--kiosk-settings') args.kioskSettingsFile = value();
    else if (name === '--no-advisory') kioskRaw.advisory = false;
    else if (RETIRED_FLAGS[name]) args.problems.push(RETIRED_FLAGS[name]);
    else if (kioskKey) {
      const given = value();
      if (given !== null) kioskRaw[kioskKey] = settingFromText(kioskKey, given);
    }
  }
  const checked = validateKioskSettings(kioskRaw, FLAG_LABELS);
  for (const key of Object.keys(kioskRaw) as (keyof KioskSettings)[]) {
    if (!checked.problems.some((problem) => problem.path === key)) (args.kioskFlags as Record<string, unknown>)[key] = checked.settings[key];
  }
  args.problems.push(...checked.problems.map((problem) => problem.message));
  if (args.kioskFlags.openingHours) {
    const hours = checkOpeningHours({ ...DEFAULT_KIOSK_SETTINGS, openingHours: args.kioskFlags.openingHours }, '--opening-hours');
    // A flag that cannot be read leaves the file's hours in force, as any bad flag does.
    if (hours.problem) {
      delete args.kioskFlags.openingHours;
      args.problems.push(hours.problem);
    }
  }
  return args;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/**
 * The renderer URL for these arguments: the query carries modes, the hash the scene. In kiosk
 * mode the audience's query carries the kiosk settings that differ from the defaults; never
 * the PIN, which main checks: `lock` says one is set.
 */
export function rendererUrl(
  origin: string,
  args: Pick<AppArgs, 'kiosk' | 'scene'> & { kioskSettings?: KioskSettings; mode?: ShowMode },
  view: 'audience' | 'presenter' = 'audience',
): string {
  if (view === 'presenter') return pageUrl(origin, { view });
  const hash = args.scene ? `#/${encodeURIComponent(args.scene)}` : '';
  if (args.kiosk) {
    // A kiosk plays its own loop: the remembered mode is the speaker's, not the exhibition's.
    return pageUrl(origin, { kiosk: true, ...kioskSettingsQueryValues(args.kioskSettings ?? DEFAULT_KIOSK_SETTINGS, { pinCheckedByHost: true }) }, hash);
  }
  return pageUrl(origin, { mode: args.mode }, hash);
}

/** The kiosk's URL at the loop start, for every recovery: the query (the kiosk settings) without the hash (a --scene). */
export function kioskLoopStartUrl(audienceUrl: string): string {
  const hash = audienceUrl.indexOf('#');
  return hash < 0 ? audienceUrl : audienceUrl.slice(0, hash);
}

/** The print view's URL for an export. */
export function printUrl(origin: string, print: AppArgs['print']): string {
  return printViewUrl(origin, print);
}

/**
 * The audience's URL in another mode, keeping where the show is (the hash) and the rest of
 * the query: the menu's Present and Scroll Mode. Present is the default, so it has no `mode`.
 */
export function withMode(url: string, mode: ShowMode): string {
  const parsed = new URL(url);
  setQueryValue(parsed.searchParams, 'mode', mode);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${searchString(parsed.searchParams)}${parsed.hash}`;
}

/** Switches that make a run something other than a show, dropped when the show restarts as a kiosk. */
const ONE_OFF_WITH_VALUE = new Set(['--export-pdf', '--export-video', '--video-size', '--video-fps', '--video-from', '--video-to']);
const ONE_OFF_SWITCHES = new Set([...ONE_OFF_WITH_VALUE, '--steps', '--notes', '--handout', '--kiosk']);

/**
 * The arguments for relaunching this app as a kiosk (the menu's Kiosk Mode): the same
 * arguments (the app's path when run from the sources, --scene, --presenter-display, kiosk
 * settings) without a one-off export or an earlier --kiosk or relaunch count, plus --kiosk.
 */
export function kioskRelaunchArgs(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const [name, inline] = arg.startsWith('--') ? splitOnce(arg, '=') : [arg, undefined];
    if (name.startsWith('--kiosk-relaunch-')) continue;
    if (ONE_OFF_SWITCHES.has(name)) {
      if (ONE_OFF_WITH_VALUE.has(name) && inline === undefined && argv[index + 1] !== undefined && !argv[index + 1]!.startsWith('--')) index++;
      continue;
    }
    kept.push(arg);
  }
  return [...kept, '--kiosk'];
}
