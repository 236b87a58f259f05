import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDeckError } from './errors.ts';
import { loadDeck } from './load.ts';

const root = resolve(import.meta.dirname, '../..');
const broken = resolve(import.meta.dirname, 'fixtures/broken');
const rel = (name: string) => `src/deck/fixtures/broken/${name}`;

describe('loadDeck on the real slides', () => {
  it('loads every scene with no errors', () => {
    const { deck, errors } = loadDeck(resolve(root, 'slides'), { displayRoot: root });
    expect(errors.map(formatDeckError)).toEqual([]);
    expect(deck?.scenes.map((scene) => scene.id)).toEqual([
      'content-note', 'title', 'the-film', 'the-journey', 'the-scar', 'the-blade', 'not-just-a-movie', 'captivity',
      'the-women', 'one-testimony', 'a-human-rights-question', 'three-demands', 'another-lu-jiwan', 'credit',
    ]);
    expect(deck?.scenes[0]?.advisory).toBe(true);
    for (const scene of deck!.scenes) {
      expect(scene.notes.markdown.length, `${scene.id} has notes`).toBeGreaterThan(40);
      for (const step of scene.steps) expect(step.seconds).toBeGreaterThan(0);
    }
  });
});

describe('loadDeck on a broken copy', () => {
  const { deck, errors } = loadDeck(broken, { displayRoot: root });
  const found = errors.map(formatDeckError);

  it('refuses the deck', () => {
    expect(deck).toBeNull();
  });

  it.each([
    ['bad YAML, at the line the quote opened', rel('01-bad-yaml.md:3: invalid YAML: a quoted value opened on this line is never closed')],
    ['an unknown scene key', rel('02-unknown-keys.md:3: unknown key "titel" (allowed: id, title, advisory, layout, visual, visualAlt, steps)')],
    ['an unknown step key', rel('02-unknown-keys.md:7: unknown key "secnds" in step 1 (allowed: article, text, style, cue, figure, clear, seconds)')],
    ['a missing id', rel('03-missing-id.md:2: missing "id"')],
    ['a duplicate id, naming the first use', rel('05-duplicate-b.md:2: duplicate id "twice": already used by src/deck/fixtures/broken/04-duplicate-a.md:2')],
    ['a negative time', rel('06-bad-times.md:6: "seconds" in step 1 must be greater than 0, not -4')],
    ['a non-numeric time', rel('06-bad-times.md:8: "seconds" in step 2 must be a number (seconds), not "ten"')],
    ['a step that shows nothing', rel('07-empty-step.md:7: step 2 shows nothing: give it "article", "text", "cue" or "figure"')],
    ['a missing visual', rel('08-missing-files.md:5: visual not found: "./nowhere.svelte"')],
    ['a missing asset', rel('08-missing-files.md:9: figure not found: "../../../../assets/no-such-drawing.svg"')],
    ['a cue the visual lacks', rel('09-folder-scene/scene.md:11: step 2 cues "circle", which the visual does not have (its data-cue names: "line")')],
    ['an unknown text style', rel('10-no-notes.md:6: "style" in step 1 must be one of "body", "lead", "quote", "caption", not "shout"')],
    ['missing presenter notes', rel('10-no-notes.md:9: no presenter notes: write them in markdown below the front matter')],
    ['a file without front matter', rel('11-no-fence.md:1: a slide file must start with a front matter fence "---"')],
    ['a malformed id', rel('12-bad-id.md:2: "id" must be lowercase words joined by hyphens, such as "the-scar", not "Bad Id!"')],
    ['a visual in a layout without room for it', rel('13-no-room.md:4: a scene with a "visual" needs "layout: split" or "layout: stacked" (it has narrow), so text never covers the visual')],
    ['a notes marker in words, not digits', rel('14-bad-markers.md:15: malformed notes marker "[step two]": write it alone on its line as [step 2] (steps count from 1)')],
    ['a notes marker for a step the scene lacks', rel('14-bad-markers.md:18: notes marker [step 5] names a step the scene does not have (it has steps 1 to 2)')],
    ['an unknown deck setting', rel('deck.yaml:3: unknown key "theme" (allowed: title, author, cover)')],
  ])('reports %s with file and line', (_kind, expected) => {
    expect(found.some((line) => line.startsWith(expected)), `expected «${expected}» among:\n${found.join('\n')}`).toBe(true);
  });

  it('reports every problem, not just the first', () => {
    expect(errors).toHaveLength(19);
  });

  it('never writes to the folder it checks', () => {
    const snapshot = () =>
      readdirSync(broken, { recursive: true, encoding: 'utf8' }).map((name) => {
        const path = join(broken, name);
        return statSync(path).isFile() ? `${name}:${statSync(path).mtimeMs}:${readFileSync(path, 'utf8').length}` : name;
      });
    const before = snapshot();
    loadDeck(broken);
    expect(snapshot()).toEqual(before);
  });

  it('names a folder that does not exist', () => {
    const missing = loadDeck(join(broken, 'no-such-folder'), { displayRoot: root });
    expect(missing.errors.map(formatDeckError)).toEqual([`${rel('no-such-folder')}: no slides folder here`]);
  });
});

describe('the cover', () => {
  it('is the title scene on the real slides, a scene with a drawing', () => {
    const { deck } = loadDeck(resolve(root, 'slides'), { displayRoot: root });
    expect(deck?.cover).toBe('title');
    expect(deck?.scenes.find((scene) => scene.id === deck.cover)?.visual).toBeTruthy();
  });

  it('must name a scene of the deck that has a drawing, said at its line in deck.yaml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-cover-'));
    try {
      const scene = (id: string) => `---\nid: ${id}\ntitle: A scene\nsteps:\n  - text: Words.\n    seconds: 3\n---\nNotes for the speaker, long enough to count as notes for this scene.\n`;
      writeFileSync(join(dir, '01-words.md'), scene('words'));
      writeFileSync(join(dir, 'deck.yaml'), 'title: A deck\nauthor: The tests\ncover: nowhere\n');
      expect(loadDeck(dir, { displayRoot: dir }).errors.map(formatDeckError)).toEqual(['deck.yaml:3: cover "nowhere" is not a scene of this deck (its scenes: "words")']);
      writeFileSync(join(dir, 'deck.yaml'), 'title: A deck\nauthor: The tests\ncover: words\n');
      expect(loadDeck(dir, { displayRoot: dir }).errors.map(formatDeckError)).toEqual(['deck.yaml:3: cover "words" has no visual for the cover to show']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
