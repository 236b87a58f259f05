import { describe, expect, it } from 'vitest';
import { opensOnFirstScene } from './painted-first-scene';

describe('which pages open on the painted first scene', () => {
  it('is the audience on the stage, at the first scene or at no place in particular', () => {
    // As parseHash reads an address: what follows the step is not looked at.
    for (const hash of ['', '#', '#/', '#/content-note', '#/content-note/', '#/content-note/0', '#/content-note/0/x']) {
      expect(opensOnFirstScene('', hash, 'content-note'), hash).toBe(true);
    }
    expect(opensOnFirstScene('?mode=autoplay', '', 'content-note')).toBe(true);
    expect(opensOnFirstScene('?motion=reduced', '#/content-note', 'content-note')).toBe(true);
  });

  it('is no page that opens elsewhere: another step or scene, a mistyped address, another view or mode, a kiosk', () => {
    for (const hash of ['#/content-note/1', '#/the-scar', '#/nowhere', '#/content-note/zero']) {
      expect(opensOnFirstScene('', hash, 'content-note'), hash).toBe(false);
    }
    for (const search of ['?view=presenter', '?view=print', '?view=overview', '?view=remote', '?view=console', '?mode=scroll', '?kiosk']) {
      expect(opensOnFirstScene(search, '', 'content-note'), search).toBe(false);
    }
  });

  it('reads the scene id as the address spells it', () => {
    expect(opensOnFirstScene('', '#/first%20scene', 'first scene')).toBe(true);
  });
});
