import { describe, expect, it } from 'vitest';
import { parseAppArgs, printUrl, rendererUrl } from './args';

describe('command line', () => {
  it('reads --kiosk and --scene in both spellings', () => {
    expect(parseAppArgs(['.', '--kiosk', '--scene', 'the-scar'])).toEqual({ kiosk: true, scene: 'the-scar', presenterDisplay: null, exportPdf: null, print: { steps: false, notes: false, handout: false }, problems: [] });
    expect(parseAppArgs(['--scene=credit'])).toMatchObject({ scene: 'credit', problems: [] });
  });

  it('leaves switches of Chromium and test tools alone', () => {
    expect(parseAppArgs(['--no-sandbox', '--remote-debugging-port=0', '--inspect=9229', '.'])).toEqual({ kiosk: false, scene: null, presenterDisplay: null, exportPdf: null, print: { steps: false, notes: false, handout: false }, problems: [] });
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

  it('builds the renderer URLs the arguments ask for', () => {
    expect(rendererUrl('app://deck', { kiosk: false, scene: null })).toBe('app://deck/index.html');
    expect(rendererUrl('app://deck', { kiosk: true, scene: 'the-scar' })).toBe('app://deck/index.html?kiosk#/the-scar');
    expect(rendererUrl('app://deck', { kiosk: false, scene: 'a b' })).toBe('app://deck/index.html#/a%20b');
    expect(rendererUrl('app://deck', { kiosk: true, scene: 'the-scar' }, 'presenter')).toBe('app://deck/index.html?view=presenter');
  });
});
