import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_SETTINGS, kioskSettingsFromQuery } from '../shared/kiosk-settings';
import { kioskLoopStartUrl, kioskRelaunchArgs, parseAppArgs, printUrl, rendererUrl, withMode } from './args';

describe('command line', () => {
  it('reads --kiosk and --scene in both spellings', () => {
    expect(parseAppArgs(['.', '--kiosk', '--scene', 'the-scar'])).toEqual({ kiosk: true, remote: false, scene: 'the-scar', presenterDisplay: null, exportPdf: null, exportVideo: null, video: { width: 1920, height: 1080, fps: 30 }, print: { steps: false, notes: false, handout: false }, kioskSettingsFile: null, kioskFlags: {}, problems: [] });
    expect(parseAppArgs(['--scene=credit'])).toMatchObject({ scene: 'credit', problems: [] });
    expect(parseAppArgs(['.', '--remote'])).toMatchObject({ remote: true, kiosk: false, problems: [] });
  });

  it('leaves switches of Chromium and test tools alone', () => {
    expect(parseAppArgs(['--no-sandbox', '--remote-debugging-port=0', '--inspect=9229', '.'])).toEqual({ kiosk: false, remote: false, scene: null, presenterDisplay: null, exportPdf: null, exportVideo: null, video: { width: 1920, height: 1080, fps: 30 }, print: { steps: false, notes: false, handout: false }, kioskSettingsFile: null, kioskFlags: {}, problems: [] });
  });

  it('reports a switch missing its value instead of taking the next switch', () => {
    expect(parseAppArgs(['--scene', '--kiosk'])).toMatchObject({ kiosk: true, scene: null, problems: ['--scene needs a value, as in --scene the-scar'] });
    expect(parseAppArgs(['--scene='])).toMatchObject({ scene: null, problems: ['--scene needs a value, as in --scene the-scar'] });
  });

  it('reads --presenter-display as a display number from 1', () => {
    expect(parseAppArgs(['--presenter-display', '2'])).toMatchObject({ presenterDisplay: 2, problems: [] });
    expect(parseAppArgs(['--presenter-display=0'])).toMatchObject({ presenterDisplay: null, problems: ['--presenter-display takes a display number from 1, not "0"'] });
    expect(parseAppArgs(['--presenter-display', 'left'])).toMatchObject({ presenterDisplay: null });
  });

  it('reads --export-pdf with its page options', () => {
    expect(parseAppArgs(['--export-pdf', '/tmp/deck.pdf', '--steps', '--notes'])).toMatchObject({
      exportPdf: '/tmp/deck.pdf',
      print: { steps: true, notes: true, handout: false },
      problems: [],
    });
    expect(printUrl('app://deck', { steps: true, notes: false, handout: true })).toBe('app://deck/index.html?view=print&steps&handout');
    expect(printUrl('app://deck', { steps: false, notes: false, handout: false })).toBe('app://deck/index.html?view=print');
  });

  it('reads --export-video, and names it when its file is missing', () => {
    expect(parseAppArgs(['--export-video', '/tmp/show.mp4'])).toMatchObject({ exportVideo: '/tmp/show.mp4', exportPdf: null, problems: [] });
    expect(parseAppArgs(['--export-video=/tmp/show.mp4'])).toMatchObject({ exportVideo: '/tmp/show.mp4' });
    expect(parseAppArgs(['--export-video'])).toMatchObject({ exportVideo: null, problems: ['--export-video needs a value, as in --export-video show.mp4'] });
    expect(parseAppArgs(['--export-video', 'a.mp4', '--video-size', '640x360', '--video-fps=10', '--video-from', 'title', '--video-to', 'the-film'])).toMatchObject({
      video: { width: 640, height: 360, fps: 10, from: 'title', to: 'the-film' },
      problems: [],
    });
    expect(parseAppArgs(['--video-size', '641x360', '--video-fps', '0']).problems).toEqual([
      '--video-size takes WIDTHxHEIGHT, even numbers from 64 to 3840 (as 1920x1080 or 1080x1920), not "641x360"',
      '--video-fps takes a whole number from 1 to 60, not "0"',
    ]);
  });

  it('builds the renderer URLs the arguments ask for', () => {
    expect(rendererUrl('app://deck', { kiosk: false, scene: null })).toBe('app://deck/index.html');
    expect(rendererUrl('app://deck', { kiosk: true, scene: 'the-scar' })).toBe('app://deck/index.html?kiosk#/the-scar');
    expect(rendererUrl('app://deck', { kiosk: false, scene: 'a b' })).toBe('app://deck/index.html#/a%20b');
    expect(rendererUrl('app://deck', { kiosk: true, scene: 'the-scar' }, 'presenter')).toBe('app://deck/index.html?view=presenter');
  });

  it('reads the kiosk flags as checked settings', () => {
    const args = parseAppArgs(['--kiosk', '--kiosk-settings', '/etc/deck/kiosk.json', '--idle', '90', '--exit-chord=ctrl+alt+x', '--pin', '0246', '--no-advisory', '--start-scene', 'the-scar', '--kiosk-language=en']);
    expect(args).toMatchObject({
      kiosk: true,
      kioskSettingsFile: '/etc/deck/kiosk.json',
      kioskFlags: { idleSeconds: 90, exitChord: 'Control+Alt+X', pin: '0246', advisory: false, startScene: 'the-scar', language: 'en' },
      problems: [],
    });
  });

  it('gives only the flags given, so the settings file keeps the rest', () => {
    expect(parseAppArgs(['--kiosk', '--idle=30']).kioskFlags).toEqual({ idleSeconds: 30 });
    expect(parseAppArgs(['--kiosk']).kioskFlags).toEqual({});
  });

  it('refuses opening hours the library cannot read, saying where, so the file’s hours stay', () => {
    const args = parseAppArgs(['--kiosk', '--opening-hours', 'Mo-Fr nine till five']);
    expect(args.kioskFlags).toEqual({});
    expect(args.problems).toEqual([expect.stringMatching(/^--opening-hours must be null or opening hours in OpenStreetMap's opening_hours syntax, .*, not "Mo-Fr nine till five" \(at character \d+: .+\); always open$/)]);
  });

  it('takes the warned return, the return, the opening hours and the screenshots as flags', () => {
    expect(parseAppArgs(['--kiosk', '--idle-warn', '20', '--idle-action=resume', '--opening-hours', 'Mo-Fr 09:00-18:00', '--status-screenshot-minutes', '0']).kioskFlags).toEqual({
      idleWarnSeconds: 20, idleAction: 'resume', openingHours: 'Mo-Fr 09:00-18:00', statusScreenshotMinutes: 0,
    });
  });

  it.each([
    [['--idle', '5'], '--idle must be a whole number of seconds from 10 to 3600, not 5; keeping the default 60'],
    [['--idle', 'soon'], '--idle must be a whole number of seconds from 10 to 3600, not "soon"; keeping the default 60'],
    [['--exit-chord', 'Q'], '--exit-chord must be two or more modifiers (Control, Alt, Shift, Meta) and one key joined by "+", as in "Control+Alt+Shift+Q", not "Q" (it has no modifier; it needs at least two, so that a visitor cannot press it by chance); keeping the default "Control+Alt+Shift+Q"'],
    [['--pin=12'], '--pin must be null or 4 to 12 digits in quotes, as in "2468", not "12"; no PIN: the exit chord alone ends the kiosk'],
    [['--start-scene', 'The Scar'], '--start-scene must be null or a scene id of lowercase letters, digits and hyphens, as in "the-scar", not "The Scar"; keeping the default null'],
    [['--kiosk-language', 'ko'], '--kiosk-language must be one of "en", not "ko"; keeping the default "en"'],
    [['--idle'], '--idle needs a value, as in --idle 90'],
    [['--idle-action', 'jump'], '--idle-action must be one of "restart", "resume", not "jump"; keeping the default "restart"'],
    [['--pin', '--kiosk'], '--pin needs a value, as in --pin 2468'],
    [['--kiosk-settings='], '--kiosk-settings needs a value, as in --kiosk-settings kiosk-settings.json'],
  ])('reports the bad kiosk flag %j by name and leaves it out', (argv, problem) => {
    const args = parseAppArgs(argv);
    expect(args.problems).toEqual([problem]);
    expect(args.kioskFlags).toEqual({});
  });

  it('keeps the good kiosk flags beside a bad one', () => {
    const args = parseAppArgs(['--kiosk', '--idle', '2', '--kiosk-language', 'en', '--no-advisory']);
    expect(args.kioskFlags).toEqual({ language: 'en', advisory: false });
    expect(args.problems).toHaveLength(1);
  });

  it('puts the kiosk settings in the audience URL, never the PIN', () => {
    const kioskSettings = { ...DEFAULT_KIOSK_SETTINGS, idleSeconds: 90, pin: '2468', advisory: false };
    const url = rendererUrl('app://deck', { kiosk: true, scene: null, kioskSettings });
    expect(url).toBe('app://deck/index.html?kiosk&idle=90&lock&advisory=off');
    expect(url).not.toContain('2468');
    expect(kioskSettingsFromQuery(new URL(url).searchParams)).toEqual({ settings: { ...kioskSettings, pin: null }, pinCheckedByHost: true, problems: [] });
    expect(rendererUrl('app://deck', { kiosk: true, scene: null, kioskSettings: { ...DEFAULT_KIOSK_SETTINGS, exitChord: 'Control+Alt+X' } })).toBe(
      'app://deck/index.html?kiosk&exit=Control%2BAlt%2BX',
    );
    expect(rendererUrl('app://deck', { kiosk: false, scene: null, kioskSettings })).toBe('app://deck/index.html');
    expect(rendererUrl('app://deck', { kiosk: true, scene: null, kioskSettings }, 'presenter')).toBe('app://deck/index.html?view=presenter');
  });

  it('restarts a kiosk at the loop start: its settings kept, the scene of --scene dropped', () => {
    const url = rendererUrl('app://deck', { kiosk: true, scene: 'the-scar', kioskSettings: { ...DEFAULT_KIOSK_SETTINGS, idleSeconds: 90 } });
    expect(url).toBe('app://deck/index.html?kiosk&idle=90#/the-scar');
    expect(kioskLoopStartUrl(url)).toBe('app://deck/index.html?kiosk&idle=90');
    expect(kioskLoopStartUrl('app://deck/index.html?kiosk')).toBe('app://deck/index.html?kiosk');
  });

  it('opens the audience in the remembered mode, never a kiosk nor the presenter', () => {
    expect(rendererUrl('app://deck', { kiosk: false, scene: null, mode: 'scroll' })).toBe('app://deck/index.html?mode=scroll');
    expect(rendererUrl('app://deck', { kiosk: false, scene: 'the-scar', mode: 'scroll' })).toBe('app://deck/index.html?mode=scroll#/the-scar');
    expect(rendererUrl('app://deck', { kiosk: false, scene: null, mode: 'present' })).toBe('app://deck/index.html');
    expect(rendererUrl('app://deck', { kiosk: true, scene: null, mode: 'scroll' })).toBe('app://deck/index.html?kiosk');
    expect(rendererUrl('app://deck', { kiosk: false, scene: null, mode: 'scroll' }, 'presenter')).toBe('app://deck/index.html?view=presenter');
  });

  it('switches the audience between Present and Scroll Mode where the show is', () => {
    expect(withMode('app://deck/index.html#/the-scar/2', 'scroll')).toBe('app://deck/index.html?mode=scroll#/the-scar/2');
    expect(withMode('app://deck/index.html?mode=scroll#/the-scar/2', 'present')).toBe('app://deck/index.html#/the-scar/2');
    expect(withMode('app://deck/index.html?motion=reduced&mode=autoplay', 'scroll')).toBe('app://deck/index.html?motion=reduced&mode=scroll');
    expect(withMode('app://deck/index.html?steps', 'present')).toBe('app://deck/index.html?steps');
  });

  it('relaunches as a kiosk with the same arguments, less a one-off export or an old relaunch count', () => {
    expect(kioskRelaunchArgs(['.', '--scene', 'the-scar'])).toEqual(['.', '--scene', 'the-scar', '--kiosk']);
    expect(kioskRelaunchArgs(['.', '--export-pdf', '/tmp/a.pdf', '--steps', '--notes', '--handout', '--pin=2468'])).toEqual(['.', '--pin=2468', '--kiosk']);
    expect(kioskRelaunchArgs(['.', '--export-video', '/tmp/a.mp4', '--video-fps', '10', '--scene', 'the-scar'])).toEqual(['.', '--scene', 'the-scar', '--kiosk']);
    expect(kioskRelaunchArgs(['--export-pdf=/tmp/a.pdf', '--kiosk', '--kiosk-relaunch-count=2', '--kiosk-relaunch-since=5', '--idle', '90'])).toEqual(['--idle', '90', '--kiosk']);
    expect(kioskRelaunchArgs([])).toEqual(['--kiosk']);
    expect(parseAppArgs(kioskRelaunchArgs(['.', '--presenter-display', '2']))).toMatchObject({ kiosk: true, presenterDisplay: 2, exportPdf: null, problems: [] });
  });

  it('takes nothing from the switches Electron, its Chromium or its Node act on, so no app flag sets those too', () => {
    const { problems: _, ...none } = parseAppArgs([]);
    for (const name of RUNTIME_SWITCHES) {
      for (const argv of [[`${name}=en`], [name, 'en']]) {
        const { problems, ...read } = parseAppArgs(argv);
        expect(read, argv.join(' ')).toEqual(none);
        // Only --lang is mentioned, to point to the kiosk's own flag.
        if (name !== '--lang') expect(problems, argv.join(' ')).toEqual([]);
      }
    }
  });

  it("refuses --lang, Chromium's locale switch, naming the kiosk's own language flag", () => {
    const problem = "--lang is Chromium's own switch (it sets the language of the whole app, Electron's menus and dialogs included), not the kiosk's: use --kiosk-language, as in --kiosk-language en";
    for (const argv of [['--kiosk', '--lang=en'], ['--kiosk', '--lang', 'en']]) {
      expect(parseAppArgs(argv)).toMatchObject({ kiosk: true, kioskFlags: {}, problems: [problem] });
    }
    expect(parseAppArgs(['--kiosk', '--kiosk-language', 'en'])).toMatchObject({ kioskFlags: { language: 'en' }, problems: [] });
  });
});

/**
 * Switches that Electron 45, its Chromium or its Node act on, so an app flag of the same name
 * would set them too: Electron's "Supported Command Line Switches" (docs/api/command-line-switches.md,
 * its Electron CLI and Node.js flags, all of them) and the Chromium switches an app is commonly
 * started with. Chrome's own browser switches (--kiosk, --app, --incognito) are not among them:
 * Electron is built on Chromium's content layer, which does not read them.
 */
const RUNTIME_SWITCHES = [
  // Electron CLI flags
  '--auth-server-whitelist', '--auth-negotiate-delegate-whitelist', '--disable-ntlm-v2', '--disable-http-cache', '--disable-http2',
  '--disable-geolocation', '--disable-renderer-backgrounding', '--disk-cache-size', '--enable-logging', '--force-fieldtrials',
  '--host-rules', '--host-resolver-rules', '--ignore-certificate-errors', '--ignore-connections-limit', '--js-flags', '--lang',
  '--log-file', '--log-net-log', '--log-level', '--no-proxy-server', '--no-sandbox', '--no-stdio-init', '--proxy-bypass-list',
  '--proxy-pac-url', '--proxy-server', '--remote-debugging-port', '--v', '--vmodule', '--force_high_performance_gpu',
  '--force_low_power_gpu', '--xdg-portal-required-version',
  // Node.js flags Electron supports
  '--inspect', '--inspect-brk', '--inspect-brk-node', '--inspect-port', '--inspect-publish-uid', '--debug', '--debug-brk', '--debug-port',
  '--experimental-network-inspection', '--no-deprecation', '--throw-deprecation', '--trace-deprecation', '--trace-warnings',
  '--dns-result-order', '--diagnostic-dir', '--no-experimental-global-navigator',
  // Chromium switches an app meets (launchers, Playwright, packagers, Linux desktops)
  '--user-data-dir', '--disable-gpu', '--disable-gpu-sandbox', '--disable-software-rasterizer', '--enable-features', '--disable-features',
  '--enable-blink-features', '--disable-blink-features', '--force-device-scale-factor', '--ozone-platform', '--ozone-platform-hint',
  '--enable-wayland-ime', '--use-gl', '--use-angle', '--in-process-gpu', '--single-process', '--no-zygote', '--disable-dev-shm-usage',
  '--headless', '--remote-debugging-pipe', '--remote-allow-origins', '--autoplay-policy', '--force-renderer-accessibility',
  '--disable-web-security', '--enable-unsafe-swiftshader', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows',
  '--password-store', '--force-color-profile', '--force-dark-mode', '--accept-lang', '--type', '--field-trial-handle', '--enable-crash-reporter',
  '--crash-dumps-dir', '--renderer-process-limit', '--disable-site-isolation-trials', '--test-type', '--enable-automation', '--touch-events',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--window-size',
  '--window-position', '--force-prefers-reduced-motion', '--class', '--name', '--display', '--wm-window-animations-disabled',
];
