/**
 * Pure parsing of one authored slide file into a scene: no file system here, so the
 * same code serves the CLI, the Vite plugin and the tests. What can only be checked
 * against the disk (visual and figure files) is left to load.ts, with the lines it needs.
 */
import MarkdownIt from 'markdown-it';
import type { Scene, Step } from '../shared/deck.ts';
import { deckError, type DeckError } from './errors.ts';
import { splitFrontMatter } from './front-matter.ts';
import { splitNotesBySteps } from './notes-steps.ts';
import { sceneSchema, type SceneFrontMatter } from './schema.ts';
import { parseYamlWith } from './yaml-validate.ts';

/** Raw HTML in notes is shown as text, never injected: notes are rendered with html disabled. */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
// A line break inside a paragraph of the source is a space: the same on screen, and the print
// view, which keeps spaces as written (white-space: pre-wrap) so the PDF's tags keep them, does
// not take it for a line break.
markdown.renderer.rules.softbreak = () => ' ';

export function renderNotes(source: string): string {
  return markdown.render(source);
}

/** A file reference the loader must resolve on disk, with the line to blame if it cannot. */
export interface FileReference {
  kind: 'visual' | 'figure';
  /** As written in the slide file. */
  path: string;
  line: number;
  /** For figures: the step index they belong to. */
  step?: number;
}

export interface CueReference {
  name: string;
  step: number;
  line: number;
}

export interface ParsedScene {
  scene: Scene;
  references: FileReference[];
  cues: CueReference[];
  idLine: number;
}

export type ParseResult = { ok: true; parsed: ParsedScene } | { ok: false; errors: DeckError[] };

export function parseSceneFile(source: string, file: string): ParseResult {
  const split = splitFrontMatter(source);
  if (!split.ok) return { ok: false, errors: [deckError(file, split.line, split.message)] };
  const { yaml, yamlStartLine, body, bodyStartLine } = split.parts;

  const located = parseYamlWith(sceneSchema, yaml, file, yamlStartLine);
  const errors = [...located.errors];
  const notesMarkdown = body.trim();
  if (notesMarkdown === '') {
    errors.push(deckError(file, bodyStartLine, 'no presenter notes: write them in markdown below the front matter'));
  }
  if (!located.value || errors.length > 0) return { ok: false, errors };

  const matter: SceneFrontMatter = located.value;
  const notesByStep = splitNotesBySteps(body, bodyStartLine, matter.steps.length);
  if (notesByStep.problems.length > 0) return { ok: false, errors: notesByStep.problems.map((problem) => deckError(file, problem.line, problem.message)) };
  const layoutProblem = checkLayout(matter);
  if (layoutProblem) return { ok: false, errors: [deckError(file, located.lineOf([layoutProblem.key]), layoutProblem.message)] };
  const references: FileReference[] = [];
  const cues: CueReference[] = [];
  if (matter.visual) references.push({ kind: 'visual', path: matter.visual, line: located.lineOf(['visual']) });

  const steps: Step[] = matter.steps.map((step, index) => {
    const stepCues = step.cue === undefined ? [] : Array.isArray(step.cue) ? step.cue : [step.cue];
    stepCues.forEach((name, cueIndex) =>
      cues.push({ name, step: index, line: located.lineOf(Array.isArray(step.cue) ? ['steps', index, 'cue', cueIndex] : ['steps', index, 'cue']) }),
    );
    if (step.figure) references.push({ kind: 'figure', path: step.figure.src, line: located.lineOf(['steps', index, 'figure', 'src']), step: index });
    return {
      article: normalizeSpace(step.article ?? ''),
      text: normalizeSpace(step.text ?? ''),
      style: step.style,
      cues: stepCues,
      figure: step.figure ? { src: step.figure.src, alt: step.figure.decorative ? '' : (step.figure.alt ?? '') } : null,
      clear: step.clear,
      seconds: step.seconds,
    };
  });

  return {
    ok: true,
    parsed: {
      scene: {
        id: matter.id,
        title: matter.title,
        advisory: matter.advisory,
        layout: matter.layout,
        visual: matter.visual ? matter.id : null,
        ...(matter.visualAlt ? { visualAlt: matter.visualAlt } : {}),
        steps,
        notes: {
          markdown: notesMarkdown,
          html: renderNotes(notesMarkdown),
          parts: notesByStep.parts.map((part) => ({ step: part.step, html: renderNotes(part.markdown) })),
        },
        source: file,
      },
      references,
      cues,
      idLine: located.lineOf(['id']),
    },
  };
}

/** Layouts that give a visual its own region of the stage, so text never overlaps it. */
const VISUAL_LAYOUTS: ReadonlySet<string> = new Set(['split', 'stacked']);

function checkLayout(matter: SceneFrontMatter): { key: 'layout' | 'visual'; message: string } | null {
  if (matter.visual && !VISUAL_LAYOUTS.has(matter.layout)) {
    return { key: matter.layout === 'column' ? 'visual' : 'layout', message: `a scene with a "visual" needs "layout: split" or "layout: stacked" (it has ${matter.layout}), so text never covers the visual` };
  }
  if (!matter.visual && VISUAL_LAYOUTS.has(matter.layout)) {
    return { key: 'layout', message: `"layout: ${matter.layout}" leaves room for a visual, but the scene has no "visual"` };
  }
  return null;
}

/** Folded YAML and hand wrapping leave runs of spaces; on stage a sentence is one line of words. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
