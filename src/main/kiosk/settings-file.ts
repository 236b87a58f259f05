/**
 * The kiosk's settings file: JSON read with line numbers, so every problem reads
 * "<file>:<line>: <message>". A broken file must not stop an exhibition: whatever is
 * wrong keeps its default and is reported, and a file that cannot be read at all gives
 * the defaults and one problem. JSON is YAML, so the `yaml` parser gives the lines.
 */
import { readFileSync, statSync } from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { DEFAULT_KIOSK_SETTINGS, validateKioskSettings, type KioskSettings } from '../../shared/kiosk-settings';
import { checkOpeningHours } from '../../shared/opening-hours';

export interface KioskSettingsRead {
  settings: KioskSettings;
  /** "<file>:<line>: <message>", one per mistake. */
  problems: string[];
}

/** A settings file is a few hundred bytes; anything this big is not one, and is not read. */
export const MAX_SETTINGS_FILE_BYTES = 64 * 1024;

const EXAMPLE = '{"idleSeconds": 90}';

/** Parses the text of a settings file; `file` names it in the problems. */
export function parseKioskSettingsText(text: string, file: string): KioskSettingsRead {
  const json = text.replace(/^\uFEFF/, '');
  const defaults = (line: number, message: string): KioskSettingsRead => ({
    settings: { ...DEFAULT_KIOSK_SETTINGS },
    problems: [`${file}:${line}: ${message}; using the defaults`],
  });
  if (json.trim() === '') return defaults(1, `the file is empty; write a JSON object such as ${EXAMPLE}`);

  const lineCounter = new LineCounter();
  const doc = parseDocument(json, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const strict = strictJsonProblem(json);
  const broken = doc.errors.find((error) => error.code !== 'DUPLICATE_KEY');
  if (broken) {
    // JSON.parse says it in JSON's terms, where it says where; YAML's own words otherwise.
    if (strict?.offset !== undefined) return defaults(lineAt(strict.offset), `not valid JSON: ${strict.message}`);
    return defaults(lineAt(broken.pos[0]), `not valid JSON: ${broken.message.split('\n')[0]!.trim()}`);
  }
  const root = doc.contents;
  if (!isMap(root)) {
    const found = JSON.stringify(doc.toJS())?.slice(0, 40) ?? 'nothing';
    return defaults(root?.range ? lineAt(root.range[0]) : 1, `the settings must be a JSON object such as ${EXAMPLE}, not ${found}`);
  }
  const problems: string[] = [];
  for (const error of doc.errors) {
    const pair = root.items.find((item) => isScalar(item.key) && item.key.range?.[0] === error.pos[0]);
    const name = pair && isScalar(pair.key) ? `"${String(pair.key.value)}"` : 'a key';
    problems.push(`${file}:${lineAt(error.pos[0])}: ${name} appears more than once; the last one counts`);
  }

  if (strict) problems.push(`${file}:${lineAt(strict.offset ?? 0)}: not strict JSON (${strict.message}); read as far as it goes`);

  const keyLine = (key: string) => {
    // The last of a repeated key is the one that counts.
    const pair = [...root.items].reverse().find((item) => isScalar(item.key) && String(item.key.value) === key);
    const range = (pair && isScalar(pair.key) && pair.key.range) || root.range;
    return range ? lineAt(range[0]) : 1;
  };
  const result = validateKioskSettings(doc.toJS());
  for (const problem of result.problems) problems.push(`${file}:${keyLine(problem.path)}: ${problem.message}`);
  const hours = checkOpeningHours(result.settings);
  if (hours.problem) problems.push(`${file}:${keyLine('openingHours')}: ${hours.problem}`);
  return { settings: hours.settings, problems };
}

/** Where JSON.parse, stricter than YAML, stops (a trailing comma, a comment, YAML syntax), or null. */
function strictJsonProblem(text: string): { offset?: number; message: string } | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const message = (error as Error).message;
    const position = /\s*in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message);
    return position ? { offset: Number(position[1]), message: message.slice(0, position.index) } : { message };
  }
}

/** Reads the settings file at `path`. A missing file is no problem: the defaults, and `found` false. */
export function readKioskSettingsFile(path: string): KioskSettingsRead & { found: boolean } {
  const defaults = (message: string) => ({ settings: { ...DEFAULT_KIOSK_SETTINGS }, problems: [`${path}:1: ${message}; using the defaults`], found: true });
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return defaults('cannot read the settings file: it is not a file');
    if (stats.size > MAX_SETTINGS_FILE_BYTES) {
      return defaults(`the settings file is ${stats.size} bytes, more than a settings file can be (${MAX_SETTINGS_FILE_BYTES}), so it is not read`);
    }
    return { ...parseKioskSettingsText(readFileSync(path, 'utf8'), path), found: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { settings: { ...DEFAULT_KIOSK_SETTINGS }, problems: [], found: false };
    return defaults(`cannot read the settings file (${(error as Error).message})`);
  }
}

/** The settings file's values with the command line's on top: flags win. */
export function mergeKioskSettings(fileSettings: KioskSettings, flags: Partial<KioskSettings>): KioskSettings {
  const merged = { ...fileSettings };
  for (const [key, value] of Object.entries(flags) as [keyof KioskSettings, unknown][]) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}
