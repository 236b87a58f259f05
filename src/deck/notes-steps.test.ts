import { describe, expect, it } from 'vitest';
import { splitNotesBySteps } from './notes-steps.ts';

const split = (lines: string[], steps = 3) => splitNotesBySteps(lines.join('\n'), 10, steps);

describe('splitNotesBySteps', () => {
  it('gives no parts for notes without markers, so they stay one block', () => {
    expect(split(['Say this.', '', '[a link](https://example.org)', '[step 2 of the guide](https://example.org)'])).toEqual({ parts: [], problems: [] });
  });

  it('splits at each marker, keeping what comes first as the whole scene’s', () => {
    expect(split(['About the scene.', '', '[step 1]', 'First.', '', '[Step 3]', 'Third,', 'and more.'])).toEqual({
      parts: [
        { step: null, markdown: 'About the scene.' },
        { step: 0, markdown: 'First.' },
        { step: 2, markdown: 'Third,\nand more.' },
      ],
      problems: [],
    });
  });

  it('leaves out an empty opening part', () => {
    expect(split(['[step 1]', 'First.']).parts).toEqual([{ step: 0, markdown: 'First.' }]);
  });

  it('accepts spaces inside the brackets and around the line', () => {
    expect(split(['  [ step 2 ]  ', 'Second.']).parts).toEqual([{ step: 1, markdown: 'Second.' }]);
  });

  it('ignores a marker inside a fenced code block', () => {
    expect(split(['```', '[step 9]', '```'])).toEqual({ parts: [], problems: [] });
  });

  it.each([
    [['[step 4]', 'x'], 10, 'notes marker [step 4] names a step the scene does not have (it has steps 1 to 3)'],
    [['[step 0]', 'x'], 10, 'notes marker [step 0] names a step the scene does not have (it has steps 1 to 3)'],
    [['Intro', '[step two]', 'x'], 11, 'malformed notes marker "[step two]": write it alone on its line as [step 2] (steps count from 1)'],
    [['[steps 1-2]', 'x'], 10, 'malformed notes marker "[steps 1-2]": write it alone on its line as [step 2] (steps count from 1)'],
    [['[step 2] and more', 'x'], 10, 'malformed notes marker "[step 2] and more": write it alone on its line as [step 2] (steps count from 1)'],
    [['[step 2]', 'x', '[step 1]', 'y'], 12, 'notes marker [step 1] comes after [step 2]: put the markers in step order, each step once'],
    [['[step 2]', 'x', '[step 2]', 'y'], 12, 'notes marker [step 2] comes after [step 2]: put the markers in step order, each step once'],
    [['[step 1]', '', '[step 2]', 'y'], 10, 'notes marker [step 1] has no notes under it'],
  ])('reports %j at its line', (lines, line, message) => {
    expect(split(lines).problems).toEqual([{ line, message }]);
  });

  it('says "only step 1" for a scene of one step', () => {
    expect(split(['[step 2]', 'x'], 1).problems[0]?.message).toBe('notes marker [step 2] names a step the scene does not have (it has only step 1)');
  });
});
