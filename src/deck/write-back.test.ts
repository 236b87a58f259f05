import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from './load.ts';
import { rewriteStepSeconds, roundSeconds } from './write-back.ts';

const slides = resolve(import.meta.dirname, '../../slides');

describe('writing rehearsed times back', () => {
  it('changes only the timing values of a copy of the slides, keeping formatting and comments', () => {
    const copy = mkdtempSync(join(tmpdir(), 'rehearsed-'));
    cpSync(slides, copy, { recursive: true });
    const before = loadDeck(copy).deck!;
    const rehearsed = before.scenes.map((scene) => scene.steps.map((step, index) => step.seconds + index + 1.37));

    for (const [sceneIndex, scene] of before.scenes.entries()) {
      const path = join(copy, scene.source.split('/').at(-1)!);
      writeFileSync(path, rewriteStepSeconds(readFileSync(path, 'utf8'), rehearsed[sceneIndex]!, path));
    }

    const after = loadDeck(copy).deck!;
    for (const [sceneIndex, scene] of after.scenes.entries()) {
      expect(scene.steps.map((step) => step.seconds)).toEqual(rehearsed[sceneIndex]!.map(roundSeconds));
      // Everything else in the deck is as it was.
      expect({ ...scene, steps: scene.steps.map((step) => ({ ...step, seconds: 0 })), source: '' }).toEqual({
        ...before.scenes[sceneIndex]!,
        steps: before.scenes[sceneIndex]!.steps.map((step) => ({ ...step, seconds: 0 })),
        source: '',
      });
    }
    // Line by line, the only lines that differ are `seconds:` lines.
    for (const name of readdirSync(copy).filter((entry) => entry.endsWith('.md'))) {
      const original = readFileSync(join(slides, name), 'utf8').split('\n');
      const rewritten = readFileSync(join(copy, name), 'utf8').split('\n');
      expect(rewritten).toHaveLength(original.length);
      const changed = rewritten.filter((line, index) => line !== original[index]);
      expect(changed.every((line) => /^\s+seconds: [\d.]+$/.test(line)), `${name}: ${changed.join(' | ')}`).toBe(true);
    }
  });

  it('keeps comments, quoting and a step left unrehearsed', () => {
    const source = [
      '---',
      '# a comment the author keeps',
      'id: a   # trailing comment',
      'title: "A"',
      'steps:',
      '  - text: One',
      '    seconds: 5 # planned',
      '  - text: Two',
      '    seconds: 7',
      '---',
      'Notes with seconds: 5 in them.',
      '',
    ].join('\n');
    expect(rewriteStepSeconds(source, [12.4, null])).toBe(source.replace('seconds: 5 # planned', 'seconds: 12 # planned'));
  });

  it('handles Windows line endings', () => {
    const source = '---\r\nid: a\r\ntitle: A\r\nsteps:\r\n  - text: x\r\n    seconds: 3\r\n---\r\nNotes\r\n';
    expect(rewriteStepSeconds(source, [4.25])).toBe(source.replace('seconds: 3', 'seconds: 4.3'));
  });

  it('refuses rehearsed times that no longer match the steps', () => {
    const source = '---\nid: a\ntitle: A\nsteps:\n  - text: x\n    seconds: 3\n---\nNotes\n';
    expect(() => rewriteStepSeconds(source, [1, 2], 'slides/a.md')).toThrow('slides/a.md: 2 rehearsed times for 1 steps');
  });

  it('rounds as an author would write', () => {
    expect([roundSeconds(0.1), roundSeconds(4.26), roundSeconds(12.5), roundSeconds(61.2)]).toEqual([0.5, 4.3, 13, 61]);
    expect(() => roundSeconds(-1)).toThrow();
  });
});
