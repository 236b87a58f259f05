import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_SETTINGS } from '../../shared/kiosk-settings';
import { MAX_SETTINGS_FILE_BYTES, mergeKioskSettings, parseKioskSettingsText, readKioskSettingsFile } from './settings-file';

const FILE = 'kiosk-settings.json';

describe('kiosk settings text', () => {
  it('reads a good file', () => {
    const text = JSON.stringify({ idleSeconds: 120, exitChord: 'Control+Alt+X', pin: '2468', advisory: false, startScene: 'the-scar', language: 'en', cursorHideSeconds: 5, idleWarnSeconds: 20, idleAction: 'resume', openingHours: 'Mo-Fr 09:00-18:00', statusScreenshotMinutes: 0 }, null, 2);
    expect(parseKioskSettingsText(text, FILE)).toEqual({
      settings: { idleSeconds: 120, exitChord: 'Control+Alt+X', pin: '2468', advisory: false, startScene: 'the-scar', language: 'en', cursorHideSeconds: 5, idleWarnSeconds: 20, idleAction: 'resume', openingHours: 'Mo-Fr 09:00-18:00', statusScreenshotMinutes: 0 },
      problems: [],
    });
    expect(parseKioskSettingsText('{}', FILE)).toEqual({ settings: DEFAULT_KIOSK_SETTINGS, problems: [] });
  });

  it('reads a file saved with a byte order mark', () => {
    expect(parseKioskSettingsText('\uFEFF{"idleSeconds": 30}', FILE)).toEqual({ settings: { ...DEFAULT_KIOSK_SETTINGS, idleSeconds: 30 }, problems: [] });
  });

  it('puts each problem on the line of its key and keeps the good values', () => {
    const text = ['{', '  "idleSeconds": 5,', '  "advisory": false,', '  "pin": 1234,', '  "colour": "red"', '}'].join('\n');
    expect(parseKioskSettingsText(text, FILE)).toEqual({
      settings: { ...DEFAULT_KIOSK_SETTINGS, advisory: false },
      problems: [
        `${FILE}:5: unknown key "colour"; the allowed keys are idleSeconds, exitChord, pin, advisory, startScene, language, cursorHideSeconds, idleWarnSeconds, idleAction, openingHours, statusScreenshotMinutes`,
        `${FILE}:2: idleSeconds must be a whole number of seconds from 10 to 3600, not 5; keeping the default 60`,
        `${FILE}:4: pin must be null or 4 to 12 digits in quotes, as in "2468", not 1234; no PIN: the exit chord alone ends the kiosk`,
      ],
    });
  });

  it('reads the opening hours with the opening_hours library: a value it cannot read is reported on its line, with where it stops, and the kiosk stays always open', () => {
    const text = ['{', '  "idleSeconds": 90,', '  "openingHours": "Mo-Fx 09:00-18:00"', '}'].join('\n');
    expect(parseKioskSettingsText(text, FILE)).toEqual({
      settings: { ...DEFAULT_KIOSK_SETTINGS, idleSeconds: 90 },
      problems: [
        `${FILE}:3: openingHours must be null or opening hours in OpenStreetMap's opening_hours syntax, as in "Mo-Fr 09:00-18:00; Sa 10:00-16:00", not "Mo-Fx 09:00-18:00" (at character 5: Unexpected token: "-"); always open`,
      ],
    });
    expect(parseKioskSettingsText('{"openingHours": "Mo-Fr 09:00-18:00; Sa 10:00-16:00"}', FILE).problems).toEqual([]);
  });

  it.each([
    ['a missing bracket', '{\n  "idleSeconds": 90,\n  "advisory": [true\n}', 4],
    ['a missing comma', '{\n  "idleSeconds": 90\n  "advisory": false\n}', 3],
    ['text after the object', '{"idleSeconds": 90}\n\nextra', 3],
    ['an unclosed string', '{\n\n  "exitChord": "Control+Alt+Q\n}', 3],
  ])('gives the defaults and one problem with its line for %s', (_what, text, line) => {
    const result = parseKioskSettingsText(text, FILE);
    expect(result.settings).toEqual(DEFAULT_KIOSK_SETTINGS);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(new RegExp(`^${FILE}:${line}: not valid JSON: .+; using the defaults$`));
  });

  it('says what JSON.parse says, where it says it', () => {
    expect(parseKioskSettingsText('{\n  "idleSeconds": 90\n  "advisory": false\n}', FILE).problems).toEqual([
      `${FILE}:3: not valid JSON: Expected ',' or '}' after property value; using the defaults`,
    ]);
  });

  it.each([
    ['an empty file', '', `${FILE}:1: the file is empty; write a JSON object such as {"idleSeconds": 90}; using the defaults`],
    ['a blank file', '  \n\n ', `${FILE}:1: the file is empty; write a JSON object such as {"idleSeconds": 90}; using the defaults`],
    ['a list', '\n[1, 2]', `${FILE}:2: the settings must be a JSON object such as {"idleSeconds": 90}, not [1,2]; using the defaults`],
    ['a number', '60', `${FILE}:1: the settings must be a JSON object such as {"idleSeconds": 90}, not 60; using the defaults`],
    ['garbage', 'garbage } {', `${FILE}:1: the settings must be a JSON object such as {"idleSeconds": 90}, not "garbage } {"; using the defaults`],
  ])('gives the defaults and one problem for %s', (_what, text, problem) => {
    expect(parseKioskSettingsText(text, FILE)).toEqual({ settings: DEFAULT_KIOSK_SETTINGS, problems: [problem] });
  });

  it('reads a trailing comma or YAML as far as it goes, and says the file is not strict JSON', () => {
    const trailing = parseKioskSettingsText('{\n  "idleSeconds": 90,\n}', FILE);
    expect(trailing.settings).toEqual({ ...DEFAULT_KIOSK_SETTINGS, idleSeconds: 90 });
    expect(trailing.problems).toHaveLength(1);
    expect(trailing.problems[0]).toMatch(new RegExp(`^${FILE}:3: not strict JSON \\(.+\\); read as far as it goes$`));
    const yaml = parseKioskSettingsText('idleSeconds: 45\nadvisory: false\n', FILE);
    expect(yaml.settings).toEqual({ ...DEFAULT_KIOSK_SETTINGS, idleSeconds: 45, advisory: false });
    expect(yaml.problems).toEqual([expect.stringMatching(new RegExp(`^${FILE}:1: not strict JSON`))]);
  });

  it('names a repeated key and uses its last value', () => {
    const result = parseKioskSettingsText('{\n  "idleSeconds": 90,\n  "idleSeconds": 5\n}', FILE);
    expect(result.settings).toEqual(DEFAULT_KIOSK_SETTINGS);
    expect(result.problems).toEqual([
      `${FILE}:3: "idleSeconds" appears more than once; the last one counts`,
      `${FILE}:3: idleSeconds must be a whole number of seconds from 10 to 3600, not 5; keeping the default 60`,
    ]);
  });
});

describe('kiosk settings file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-settings-'));
  });
  afterEach(() => {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  });

  it('is no problem when missing: the defaults', () => {
    expect(readKioskSettingsFile(join(dir, 'none.json'))).toEqual({ settings: DEFAULT_KIOSK_SETTINGS, problems: [], found: false });
  });

  it('reads a file and names it in its problems', () => {
    const path = join(dir, 'kiosk-settings.json');
    writeFileSync(path, '{\n  "idleSeconds": 90,\n  "language": "fr"\n}\n');
    expect(readKioskSettingsFile(path)).toEqual({
      settings: { ...DEFAULT_KIOSK_SETTINGS, idleSeconds: 90 },
      problems: [`${path}:3: language must be one of "en", not "fr"; keeping the default "en"`],
      found: true,
    });
  });

  it('gives the defaults and one problem for a folder where the file should be', () => {
    const path = join(dir, 'kiosk-settings.json');
    mkdirSync(path);
    expect(readKioskSettingsFile(path)).toEqual({
      settings: DEFAULT_KIOSK_SETTINGS,
      problems: [`${path}:1: cannot read the settings file: it is not a file; using the defaults`],
      found: true,
    });
  });

  it('does not read a file far too big to be settings', () => {
    const path = join(dir, 'kiosk-settings.json');
    writeFileSync(path, `{"idleSeconds": 90, "x": "${'x'.repeat(MAX_SETTINGS_FILE_BYTES)}"}`);
    const result = readKioskSettingsFile(path);
    expect(result.settings).toEqual(DEFAULT_KIOSK_SETTINGS);
    expect(result.problems).toEqual([expect.stringMatching(new RegExp(`^${path}:1: the settings file is \\d+ bytes, more than a settings file can be \\(65536\\), so it is not read; using the defaults$`))]);
  });

  it('gives the defaults and one problem for a path it cannot read', () => {
    // A file where a folder should be: unreadable even for root (chmod 000 is not, so CI as root could not test that).
    const notAFolder = join(dir, 'not-a-folder');
    writeFileSync(notAFolder, '');
    const path = join(notAFolder, 'kiosk-settings.json');
    const result = readKioskSettingsFile(path);
    expect(result.settings).toEqual(DEFAULT_KIOSK_SETTINGS);
    expect(result.problems).toEqual([expect.stringMatching(new RegExp(`^${path}:1: cannot read the settings file \\(ENOTDIR.*\\); using the defaults$`))]);
  });
});

describe('settings file and command line', () => {
  it('lets the command line win, key by key', () => {
    const file = { ...DEFAULT_KIOSK_SETTINGS, idleSeconds: 120, pin: '2468', advisory: false };
    expect(mergeKioskSettings(file, { idleSeconds: 30, startScene: 'the-scar' })).toEqual({ ...file, idleSeconds: 30, startScene: 'the-scar' });
    expect(mergeKioskSettings(file, {})).toEqual(file);
    expect(mergeKioskSettings(file, { idleSeconds: undefined })).toEqual(file);
  });
});
