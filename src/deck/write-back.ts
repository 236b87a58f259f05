/**
 * Writes rehearsed times back into a slide file as its planned times. Surgical: only
 * the characters of each step's `seconds` value change, so the author's formatting,
 * comments, quoting and notes are kept exactly. Pure (text in, text out).
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { splitFrontMatter } from './front-matter.ts';

/** Seconds as an author would write them: whole seconds, or one decimal below ten. */
export function roundSeconds(seconds: number): number {
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`not a time in seconds: ${seconds}`);
  return seconds < 10 ? Math.max(0.5, Math.round(seconds * 10) / 10) : Math.round(seconds);
}

/** Returns the file's text with step i's `seconds` set to `seconds[i]` (null keeps a step's value). */
export function rewriteStepSeconds(source: string, seconds: readonly (number | null)[], file = 'slide'): string {
  const split = splitFrontMatter(source);
  if (!split.ok) throw new Error(`${file}:${split.line}: ${split.message}`);
  const doc = parseDocument(split.parts.yaml);
  if (doc.errors.length > 0) throw new Error(`${file}: the front matter is not valid YAML; check it with npm run check:deck`);
  const steps = isMap(doc.contents) ? doc.contents.get('steps', true) : undefined;
  if (!isSeq(steps)) throw new Error(`${file}: no "steps" list in the front matter`);
  if (seconds.length !== steps.items.length) {
    throw new Error(`${file}: ${seconds.length} rehearsed times for ${steps.items.length} steps; the slides changed since the rehearsal`);
  }

  // Offsets of the YAML inside the file: it starts after the first line ("---" and its line break).
  const yamlStart = source.indexOf('\n') + 1;
  const edits = steps.items.flatMap((step, index) => {
    const value = seconds[index];
    if (value === null || value === undefined) return [];
    const node = isMap(step) ? step.get('seconds', true) : undefined;
    if (!isScalar(node) || !node.range) throw new Error(`${file}: step ${index + 1} has no "seconds" to update`);
    return [{ start: yamlStart + offsetInFile(split.parts.yaml, source, node.range[0]), end: yamlStart + offsetInFile(split.parts.yaml, source, node.range[1]), text: String(roundSeconds(value)) }];
  });
  return edits.reduceRight((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), source);
}

/**
 * The YAML was split on line breaks and rejoined with "\n"; with Windows line endings
 * each earlier line is one character longer in the file. Maps an offset back.
 */
function offsetInFile(yaml: string, source: string, offset: number): number {
  if (!source.includes('\r\n')) return offset;
  return offset + yaml.slice(0, offset).split('\n').length - 1;
}
