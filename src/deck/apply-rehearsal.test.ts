import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyRehearsal } from './apply-rehearsal.ts';
import { loadDeck } from './load.ts';

const slides = resolve(import.meta.dirname, '../../slides');
const copyOfSlides = () => {
  const copy = mkdtempSync(join(tmpdir(), 'rehearsal-'));
  cpSync(slides, copy, { recursive: true });
  return copy;
};

describe('applying a rehearsal to a slides folder', () => {
  it('updates the planned times of the rehearsed scenes only', () => {
    const copy = copyOfSlides();
    const { files } = applyRehearsal(copy, { scenes: { 'the-scar': [9.2, 14], 'the-film': [null] } });
    expect(files).toEqual(['04-the-scar.md']);
    const deck = loadDeck(copy).deck!;
    expect(deck.scenes.find((scene) => scene.id === 'the-scar')!.steps.map((step) => step.seconds)).toEqual([9.2, 14]);
    expect(readFileSync(join(copy, '02-the-film.md'), 'utf8')).toBe(readFileSync(join(slides, '02-the-film.md'), 'utf8'));
  });

  it('writes nothing when any part of the rehearsal does not fit the slides', () => {
    const copy = copyOfSlides();
    const before = readFileSync(join(copy, '04-the-scar.md'), 'utf8');
    expect(() => applyRehearsal(copy, { scenes: { 'the-scar': [9, 14], 'the-blade': [1, 2] } })).toThrow('2 rehearsed times for 4 steps');
    expect(() => applyRehearsal(copy, { scenes: { 'the-scar': [9, 14], nowhere: [1] } })).toThrow('scenes the slides do not have: nowhere');
    expect(readFileSync(join(copy, '04-the-scar.md'), 'utf8')).toBe(before);
  });

  it('names the file it cannot write, and leaves it as it was', () => {
    const copy = copyOfSlides();
    const target = join(copy, '04-the-scar.md');
    const before = readFileSync(target, 'utf8');
    // A folder where the temporary file must go: unwritable even for root.
    mkdirSync(`${target}.rehearsal-${process.pid}.tmp`);
    expect(() => applyRehearsal(copy, { scenes: { 'the-scar': [9, 14] } })).toThrow(/could not write .*04-the-scar\.md/);
    expect(readFileSync(target, 'utf8')).toBe(before);
  });
});
