import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_SETTINGS, kioskSettingsFromQuery, kioskSettingsToQuery, matchesChord, parseChord, validateKioskSettings, type KioskSettings } from './kiosk-settings.ts';

describe('kiosk settings validation', () => {
  it('gives the defaults for an empty object', () => {
    expect(validateKioskSettings({})).toEqual({ settings: DEFAULT_KIOSK_SETTINGS, problems: [] });
  });

  it('takes every good value, the chord in its one spelling', () => {
    const given = { idleSeconds: 90, exitChord: 'ctrl+alt+x', pin: '0246', advisory: false, startScene: 'the-scar', language: 'en', cursorHideSeconds: 10,
      idleWarnSeconds: 0, idleAction: 'resume' as const, openingHours: 'Mo-Fr 09:00-18:00', statusScreenshotMinutes: 0 };
    expect(validateKioskSettings(given)).toEqual({ settings: { ...given, exitChord: 'Control+Alt+X' }, problems: [] });
    expect(validateKioskSettings({ pin: null, startScene: null }).problems).toEqual([]);
    expect(validateKioskSettings({ idleSeconds: 10 }).settings.idleSeconds).toBe(10);
    expect(validateKioskSettings({ idleSeconds: 3600 }).settings.idleSeconds).toBe(3600);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['idle time too short', { idleSeconds: 5 }, 'idleSeconds', 'idleSeconds must be a whole number of seconds from 10 to 3600, not 5; keeping the default 60'],
    ['idle time too long', { idleSeconds: 3601 }, 'idleSeconds', 'idleSeconds must be a whole number of seconds from 10 to 3600, not 3601; keeping the default 60'],
    ['idle time fractional', { idleSeconds: 12.5 }, 'idleSeconds', 'idleSeconds must be a whole number of seconds from 10 to 3600, not 12.5; keeping the default 60'],
    ['idle time as text', { idleSeconds: '60' }, 'idleSeconds', 'idleSeconds must be a whole number of seconds from 10 to 3600, not "60"; keeping the default 60'],
    ['chord not text', { exitChord: 42 }, 'exitChord', 'exitChord must be two or more modifiers (Control, Alt, Shift, Meta) and one key joined by "+", as in "Control+Alt+Shift+Q", not 42; keeping the default "Control+Alt+Shift+Q"'],
    ['chord with one modifier', { exitChord: 'Control+Q' }, 'exitChord', 'exitChord must be two or more modifiers (Control, Alt, Shift, Meta) and one key joined by "+", as in "Control+Alt+Shift+Q", not "Control+Q" (it has one modifier; it needs at least two, so that a visitor cannot press it by chance); keeping the default "Control+Alt+Shift+Q"'],
    ['PIN as a number', { pin: 1234 }, 'pin', 'pin must be null or 4 to 12 digits in quotes, as in "2468", not 1234; no PIN: the exit chord alone ends the kiosk'],
    ['PIN too short', { pin: '123' }, 'pin', 'pin must be null or 4 to 12 digits in quotes, as in "2468", not "123"; no PIN: the exit chord alone ends the kiosk'],
    ['PIN too long', { pin: '1234567890123' }, 'pin', 'pin must be null or 4 to 12 digits in quotes, as in "2468", not "1234567890123"; no PIN: the exit chord alone ends the kiosk'],
    ['PIN with letters', { pin: '12ab' }, 'pin', 'pin must be null or 4 to 12 digits in quotes, as in "2468", not "12ab"; no PIN: the exit chord alone ends the kiosk'],
    ['advisory as text', { advisory: 'off' }, 'advisory', 'advisory must be true or false, not "off"; keeping the default true'],
    ['start scene with capitals', { startScene: 'The-Scar' }, 'startScene', 'startScene must be null or a scene id of lowercase letters, digits and hyphens, as in "the-scar", not "The-Scar"; keeping the default null'],
    ['start scene empty', { startScene: '' }, 'startScene', 'startScene must be null or a scene id of lowercase letters, digits and hyphens, as in "the-scar", not ""; keeping the default null'],
    ['unknown language', { language: 'fr' }, 'language', 'language must be one of "en", not "fr"; keeping the default "en"'],
    ['cursor time zero', { cursorHideSeconds: 0 }, 'cursorHideSeconds', 'cursorHideSeconds must be a whole number of seconds from 1 to 60, not 0; keeping the default 3'],
    ['cursor time null', { cursorHideSeconds: null }, 'cursorHideSeconds', 'cursorHideSeconds must be a whole number of seconds from 1 to 60, not null; keeping the default 3'],
    ['warning longer than five minutes', { idleWarnSeconds: 301 }, 'idleWarnSeconds', 'idleWarnSeconds must be a whole number of seconds from 0 to 300, not 301; keeping the default 15'],
    ['an unknown return', { idleAction: 'jump' }, 'idleAction', 'idleAction must be one of "restart", "resume", not "jump"; keeping the default "restart"'],
    ['empty opening hours', { openingHours: '' }, 'openingHours', 'openingHours must be null or opening hours in OpenStreetMap\'s opening_hours syntax, as in "Mo-Fr 09:00-18:00; Sa 10:00-16:00", not ""; always open'],
    ['screenshots every week', { statusScreenshotMinutes: 10080 }, 'statusScreenshotMinutes', 'statusScreenshotMinutes must be a whole number of minutes from 0 (no screenshots) to 1440, not 10080; keeping the default 10'],
    ['an unknown key', { colour: 'red' }, 'colour', 'unknown key "colour"; the allowed keys are idleSeconds, exitChord, pin, advisory, startScene, language, cursorHideSeconds, idleWarnSeconds, idleAction, openingHours, statusScreenshotMinutes'],
    ['a short name', { idle: 30 }, 'idle', 'unknown key "idle" (did you mean "idleSeconds"?); the allowed keys are idleSeconds, exitChord, pin, advisory, startScene, language, cursorHideSeconds, idleWarnSeconds, idleAction, openingHours, statusScreenshotMinutes'],
    ['a wrong case', { IdleSeconds: 30 }, 'IdleSeconds', 'unknown key "IdleSeconds" (did you mean "idleSeconds"?); the allowed keys are idleSeconds, exitChord, pin, advisory, startScene, language, cursorHideSeconds, idleWarnSeconds, idleAction, openingHours, statusScreenshotMinutes'],
  ])('reports %s, naming the key, the value and what is allowed', (_what, input, path, message) => {
    const result = validateKioskSettings(input);
    expect(result.problems).toEqual([{ path, message }]);
    expect(result.settings).toEqual(DEFAULT_KIOSK_SETTINGS);
  });

  it.each([null, 42, 'idleSeconds: 60', [1, 2]])('refuses %j as a whole and uses the defaults', (input) => {
    const result = validateKioskSettings(input);
    expect(result.settings).toEqual(DEFAULT_KIOSK_SETTINGS);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ path: '' });
    expect(result.problems[0]!.message).toMatch(/^the kiosk settings must be an object of settings, as in \{"idleSeconds": 90\}, not .+; using the defaults$/);
  });

  it('keeps the good values beside a bad one, with one problem per mistake', () => {
    const result = validateKioskSettings({ idleSeconds: 120, pin: 12, advisory: false, extra: 1, language: 'de' });
    expect(result.settings).toEqual({ ...DEFAULT_KIOSK_SETTINGS, idleSeconds: 120, advisory: false });
    expect(result.problems.map((problem) => problem.path)).toEqual(['extra', 'pin', 'language']);
  });

  it('names a key as the user wrote it when given labels', () => {
    expect(validateKioskSettings({ idleSeconds: 1 }, { idleSeconds: '--idle' }).problems).toEqual([
      { path: 'idleSeconds', message: '--idle must be a whole number of seconds from 10 to 3600, not 1; keeping the default 60' },
    ]);
  });

  it('shortens a long bad value in its message', () => {
    const [problem] = validateKioskSettings({ startScene: 'X'.repeat(500) }).problems;
    expect(problem!.message.length).toBeLessThan(250);
    expect(problem!.message).toContain('...');
  });
});

describe('kiosk settings module', () => {
  it('offers the chord functions the renderer and main use beside the settings', () => {
    const parsed = parseChord(DEFAULT_KIOSK_SETTINGS.exitChord);
    expect('chord' in parsed && matchesChord(parsed.chord, { key: 'Q', code: 'KeyQ', ctrlKey: true, altKey: true, shiftKey: true, metaKey: false })).toBe(true);
  });
});

describe('kiosk settings in the URL query', () => {
  const custom: KioskSettings = { idleSeconds: 90, exitChord: 'Control+Alt+X', pin: '2468', advisory: false, startScene: 'the-scar', language: 'en', cursorHideSeconds: 5,
    idleWarnSeconds: 20, idleAction: 'resume', openingHours: 'Mo-Fr 09:00-18:00', statusScreenshotMinutes: 5 };

  it('writes only what differs from the defaults', () => {
    expect(kioskSettingsToQuery(DEFAULT_KIOSK_SETTINGS, { pinCheckedByHost: true })).toEqual([]);
    expect(kioskSettingsToQuery({ ...DEFAULT_KIOSK_SETTINGS, idleSeconds: 30 }, { pinCheckedByHost: true })).toEqual([['idle', '30']]);
  });

  it('keeps the PIN out of the URL when the host checks it, and says a PIN is set', () => {
    const pairs = kioskSettingsToQuery(custom, { pinCheckedByHost: true });
    expect(pairs).toEqual([['idle', '90'], ['exit', 'Control+Alt+X'], ['lock', ''], ['start', 'the-scar'], ['cursor', '5'], ['advisory', 'off'], ['warn', '20'], ['return', 'resume'], ['hours', 'Mo-Fr 09:00-18:00'], ['screenshots', '5']]);
    expect(pairs.flat()).not.toContain('2468');
  });

  it('round-trips through URLSearchParams, with the PIN or with the lock', () => {
    const withPin = kioskSettingsFromQuery(new URLSearchParams(kioskSettingsToQuery(custom, { pinCheckedByHost: false })));
    expect(withPin).toEqual({ settings: custom, pinCheckedByHost: false, problems: [] });
    const locked = kioskSettingsFromQuery(new URLSearchParams(kioskSettingsToQuery(custom, { pinCheckedByHost: true })));
    expect(locked).toEqual({ settings: { ...custom, pin: null }, pinCheckedByHost: true, problems: [] });
    expect(kioskSettingsFromQuery(new URLSearchParams('kiosk'))).toEqual({ settings: DEFAULT_KIOSK_SETTINGS, pinCheckedByHost: false, problems: [] });
  });

  it('reads the query the app writes, with its bare flags', () => {
    expect(kioskSettingsFromQuery(new URLSearchParams('?kiosk&idle=120&lock&advisory=on'))).toEqual({
      settings: { ...DEFAULT_KIOSK_SETTINGS, idleSeconds: 120 },
      pinCheckedByHost: true,
      problems: [],
    });
  });

  it('keeps the default for each bad value and names the query parameter', () => {
    const result = kioskSettingsFromQuery(new URLSearchParams('idle=5s&cursor=90&advisory=maybe&lang=xx&start=Intro&exit=Q&pin=12&lock'));
    expect(result.settings).toEqual(DEFAULT_KIOSK_SETTINGS);
    expect(result.pinCheckedByHost).toBe(true);
    expect(result.problems).toEqual([
      'pin is ignored beside lock: the host checks the PIN',
      'advisory must be on or off, not "maybe"; keeping on',
      'idle must be a whole number of seconds from 10 to 3600, not "5s"; keeping the default 60',
      'exit must be two or more modifiers (Control, Alt, Shift, Meta) and one key joined by "+", as in "Control+Alt+Shift+Q", not "Q" (it has no modifier; it needs at least two, so that a visitor cannot press it by chance); keeping the default "Control+Alt+Shift+Q"',
      'start must be null or a scene id of lowercase letters, digits and hyphens, as in "the-scar", not "Intro"; keeping the default null',
      'lang must be one of "en", not "xx"; keeping the default "en"',
      'cursor must be a whole number of seconds from 1 to 60, not 90; keeping the default 3',
    ]);
  });

  it('keeps the good values beside a bad one', () => {
    const result = kioskSettingsFromQuery(new URLSearchParams('idle=45&cursor=-1'));
    expect(result.settings).toEqual({ ...DEFAULT_KIOSK_SETTINGS, idleSeconds: 45 });
    expect(result.problems).toHaveLength(1);
  });
});
