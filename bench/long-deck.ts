/**
 * The generated long deck the bench plays: 200 scenes of three steps each, far longer than any
 * talk, each step a sentence of the article. `npm run bench:export` exports it; the overview
 * measurement opens the overview on it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';

const projectRoot = resolve(import.meta.dirname, '..');

export const LONG_DECK_SCENES = 200;

/** Writes the slides into `folder` (made if missing), with the project's title and author (its cover names a scene the long deck lacks). */
export function writeLongDeck(folder: string, scenes = LONG_DECK_SCENES): void {
  mkdirSync(folder, { recursive: true });
  const { title, author } = parse(readFileSync(join(projectRoot, 'slides/deck.yaml'), 'utf8')) as { title: string; author: string };
  writeFileSync(join(folder, 'deck.yaml'), stringify({ title, author }));
  const sentence = readFileSync(join(projectRoot, 'assets/article.txt'), 'utf8').split('\n')[1]!;
  for (let scene = 0; scene < scenes; scene++) {
    const steps = [0, 1, 2].map((step) => `  - text: "Scene ${scene}, step ${step}. ${sentence.replace(/"/g, '\\"')}"\n    seconds: 5`).join('\n');
    writeFileSync(join(folder, `${String(scene).padStart(3, '0')}-generated.md`), `---\nid: generated-${scene}\ntitle: Generated ${scene}\nsteps:\n${steps}\n---\nNotes for scene ${scene}.\n`);
  }
}
