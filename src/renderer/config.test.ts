import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('query configuration', () => {
  it('defaults to the audience view, presenting, with system motion', () => {
    expect(readConfig('')).toEqual({
      view: 'audience', mode: 'present', kiosk: false, forceReducedMotion: false, printSteps: false, printNotes: false, printHandout: false, notices: [],
    });
  });

  it('reads every documented option', () => {
    expect(readConfig('?view=print&mode=autoplay&kiosk&motion=reduced&steps&notes&handout')).toMatchObject({
      view: 'print', mode: 'autoplay', kiosk: true, forceReducedMotion: true, printSteps: true, printNotes: true, printHandout: true, notices: [],
    });
  });

  it('falls back to the default and says so for an unknown value', () => {
    const config = readConfig('?view=speaker&mode=fast');
    expect(config.view).toBe('audience');
    expect(config.mode).toBe('present');
    expect(config.notices).toEqual([
      'Unknown view “speaker” (use audience, presenter, print, overview). Using audience.',
      'Unknown mode “fast” (use present, autoplay, scroll). Using present.',
    ]);
  });
});
