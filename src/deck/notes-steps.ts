/**
 * Presenter notes per step: a line `[step 2]` on its own starts the notes that go with the
 * scene's second step (steps count from 1, as the presenter and check:deck say them). What
 * comes before the first marker is about the whole scene. Notes without a marker are one
 * block, as they always were. Pure: lines in, parts and problems out, for parse.ts.
 */

/** A stretch of the notes: about one step (0-based index), or, before any marker, the whole scene. */
export interface NotesSource {
  step: number | null;
  markdown: string;
}

export interface NotesProblem {
  /** 1-based line in the slide file. */
  line: number;
  message: string;
}

const MARKER = /^\[\s*step\s+(\d+)\s*\]$/i;
/** A line that is meant as a marker but may be mistyped: `[step …]` alone, not a markdown link `[step …](…)`. */
const LOOKS_LIKE_MARKER = /^\[\s*steps?(?![a-z])[^\]]*\](?!\s*[([])/i;
const FENCE = /^(```|~~~)/;

/**
 * Splits notes at their step markers. `bodyStartLine` is the slide file's line of the body's
 * first line, so problems name the line an editor jumps to. Returns no parts when the notes
 * carry no marker.
 */
export function splitNotesBySteps(body: string, bodyStartLine: number, stepCount: number): { parts: NotesSource[]; problems: NotesProblem[] } {
  const problems: NotesProblem[] = [];
  const parts: { step: number | null; lines: string[]; line: number; marker: string }[] = [{ step: null, lines: [], line: bodyStartLine, marker: '' }];
  let inFence = false;
  let lastStep = -1;

  body.split(/\r?\n/).forEach((text, index) => {
    const line = bodyStartLine + index;
    const trimmed = text.trim();
    if (FENCE.test(trimmed)) inFence = !inFence;
    if (inFence || !LOOKS_LIKE_MARKER.test(trimmed)) {
      parts.at(-1)!.lines.push(text);
      return;
    }
    const number = MARKER.exec(trimmed)?.[1];
    if (number === undefined) {
      problems.push({ line, message: `malformed notes marker "${trimmed}": write it alone on its line as [step 2] (steps count from 1)` });
      return;
    }
    const step = Number(number) - 1;
    if (step < 0 || step >= stepCount) {
      const has = stepCount === 1 ? 'only step 1' : `steps 1 to ${stepCount}`;
      problems.push({ line, message: `notes marker [step ${number}] names a step the scene does not have (it has ${has})` });
      return;
    }
    if (step <= lastStep) {
      problems.push({ line, message: `notes marker [step ${number}] comes after [step ${lastStep + 1}]: put the markers in step order, each step once` });
      return;
    }
    lastStep = step;
    parts.push({ step, lines: [], line, marker: trimmed });
  });

  if (parts.length === 1) return { parts: [], problems };
  for (const part of parts.slice(1)) {
    if (part.lines.join('\n').trim() === '') problems.push({ line: part.line, message: `notes marker ${part.marker} has no notes under it` });
  }
  const sources = parts
    .map((part) => ({ step: part.step, markdown: part.lines.join('\n').trim() }))
    .filter((part) => part.step !== null || part.markdown !== '');
  return { parts: sources, problems };
}
