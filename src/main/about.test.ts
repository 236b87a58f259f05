import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { aboutMessage, ARTICLE_AUTHOR, CREDITS } from './about';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const creditsSection = readme.slice(readme.indexOf('## Credits'));

describe('About', () => {
  it('names the article’s author as the deck does', () => {
    const deck = parse(readFileSync(resolve(root, 'slides/deck.yaml'), 'utf8')) as { author: string };
    expect(ARTICLE_AUTHOR).toBe(deck.author);
    expect(creditsSection).toContain('North Korean Writers in Exile PEN Literature');
  });

  it('credits what the README credits', () => {
    const credited = ['Source Serif 4', 'Inter', 'Rasmus Andersson', 'SIL Open Font License 1.1', 'GSAP', 'DrawSVG', 'Natural Earth', 'world-atlas', 'd3-geo', 'topojson-client', 'yaml', 'zod', 'markdown-it'];
    for (const name of credited) {
      expect(creditsSection, name).toContain(name);
      expect(CREDITS.join('\n'), name).toContain(name);
    }
  });

  it('shows the version, the author and the credits', () => {
    const about = aboutMessage('Forced Repatriation', { version: '0.1.0', electron: '45.5.0', chrome: '140.0.0.0' });
    expect(about.title).toBe('About Forced Repatriation');
    expect(about.message).toBe('Forced Repatriation 0.1.0');
    expect(about.detail).toContain(`Article: ${ARTICLE_AUTHOR}.`);
    for (const credit of CREDITS) expect(about.detail).toContain(credit);
    expect(about.detail).toContain('Runs on Electron 45.5.0, Chromium 140.0.0.0.');
    expect(aboutMessage('X', { version: '1' }).detail).not.toContain('Runs on');
  });
});
