import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_SETTINGS } from '../shared/kiosk-settings';
import { readConfig } from './config';

describe('query configuration', () => {
  it('defaults to the audience view, presenting, with system motion', async () => {
    expect(await readConfig('')).toEqual({
      view: 'audience', mode: 'present', kiosk: false, kioskSettings: DEFAULT_KIOSK_SETTINGS, pinCheckedByHost: false, snap: true, forceReducedMotion: false, printSteps: false, printNotes: false, printHandout: false, relay: null, notices: [],
    });
  });

  it('reads every documented option', async () => {
    expect(await readConfig('?view=print&mode=autoplay&kiosk&motion=reduced&steps&notes&handout')).toMatchObject({
      view: 'print', mode: 'autoplay', kiosk: true, forceReducedMotion: true, printSteps: true, printNotes: true, printHandout: true, notices: [],
    });
  });

  it('reads the phone remote’s relay key', async () => {
    expect(await readConfig('?relay=k3y&kiosk')).toMatchObject({ relay: 'k3y', kiosk: true, notices: [] });
  });

  it('falls back to the default and says so for an unknown value', async () => {
    const config = await readConfig('?view=speaker&mode=fast');
    expect(config.view).toBe('audience');
    expect(config.mode).toBe('present');
    expect(config.notices).toEqual([
      'Unknown view “speaker” (use audience, presenter, print, overview, remote, console). Using audience.',
      'Unknown mode “fast” (use present, autoplay, scroll). Using present.',
    ]);
  });

  it('words every unknown value alike: motion and snap too', async () => {
    const config = await readConfig('?motion=fast&snap=maybe');
    expect(config).toMatchObject({ forceReducedMotion: false, snap: true });
    expect(config.notices).toEqual(['Unknown motion “fast” (use reduced, system). Using system.', 'Unknown snap “maybe” (use on, off). Using on.']);
  });

  it('reads the kiosk settings from the query and reports a bad one, keeping the rest', async () => {
    const config = await readConfig('?kiosk&idle=30&advisory=off&start=the-scar&cursor=abc');
    expect(config.kiosk).toBe(true);
    expect(config.kioskSettings).toMatchObject({ idleSeconds: 30, advisory: false, startScene: 'the-scar', cursorHideSeconds: DEFAULT_KIOSK_SETTINGS.cursorHideSeconds });
    expect(config.notices).toHaveLength(1);
    expect(config.notices[0]).toMatch(/cursor/);
  });

  it('ignores kiosk settings outside a kiosk', async () => {
    expect((await readConfig('?idle=30')).kioskSettings).toEqual(DEFAULT_KIOSK_SETTINGS);
  });
});
