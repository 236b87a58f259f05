/**
 * Marks what Chromium draws outside the PDF's tags as artifacts. Chromium tags what the page's
 * accessibility tree holds and leaves the rest (the decorative drawings, hidden from screen
 * readers with aria-hidden; backgrounds) outside any marked content: neither tagged nor an
 * artifact, which PDF/UA-1 (ISO 14289-1, 7.1) does not allow and which leaves a reader of the
 * tags unsure whether it missed something. Each graphics object drawn outside marked content
 * is wrapped in `/Artifact BMC … EMC`; what is tagged is left as it is, and nothing drawn moves.
 *
 * A small reader of content streams: operands are skipped whole (strings, hex strings, arrays,
 * dictionaries), so a `Tj` inside a string is never taken for an operator. A stream with an
 * inline image (binary data) is left alone.
 */
import type { PDFDocument } from 'pdf-lib';
import type { PageContents } from './page-content.ts';

/** Operators that end a path by painting it; `n` ends one without painting (a clip). */
const PAINT_PATH = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const BUILD_PATH = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're', 'W', 'W*']);

export function markUntaggedAsArtifacts(content: string): string {
  const operators = operatorsOf(content);
  if (operators === null) return content;
  const wraps: { start: number; end: number }[] = [];
  let depth = 0;
  let path: number | null = null;
  let text: number | null = null;
  for (const { name, start, end } of operators) {
    if (name === 'BMC' || name === 'BDC') depth++;
    else if (name === 'EMC') depth = Math.max(0, depth - 1);
    if (depth > 0 && name !== 'EMC') {
      // Inside marked content the writer decided; and an object begun outside, ended inside, is left unwrapped.
      path = text = null;
      continue;
    }
    if (name === 'BT') text = start;
    else if (name === 'ET') {
      if (text !== null) wraps.push({ start: text, end });
      text = null;
    } else if (text !== null) continue;
    else if (BUILD_PATH.has(name)) path ??= start;
    else if (PAINT_PATH.has(name) && path !== null) {
      wraps.push({ start: path, end });
      path = null;
    } else if (name === 'n') path = null;
    else if (name === 'Do' || name === 'sh') wraps.push({ start, end });
  }
  let out = '';
  let at = 0;
  for (const { start, end } of wraps) {
    out += `${content.slice(at, start)}/Artifact BMC\n${content.slice(start, end)}\nEMC`;
    at = end;
  }
  return out + content.slice(at);
}

interface Operator {
  name: string;
  /** Where its first operand starts (or the operator, without operands). */
  start: number;
  /** Just after the operator. */
  end: number;
}

/** What each byte is to the tokenizer: PDF white-space (NUL, tab, line feed, form feed, carriage return, space), a delimiter, or a regular character. */
const SPACE = 1;
const DELIMITER = 2;
const CHAR_CLASS = new Uint8Array(256);
for (const char of ' \t\n\r\f\0') CHAR_CLASS[char.charCodeAt(0)] = SPACE;
for (const char of '()<>[]{}/%') CHAR_CLASS[char.charCodeAt(0)] = DELIMITER;
/** Code points past 255 cannot come from a Latin-1 decoded stream; taken as regular characters all the same. */
const classOf = (code: number) => (code < 256 ? CHAR_CLASS[code]! : 0);
const NUMBER = /^[-+.\d]+$/;

/**
 * The operators of a content stream with their extents, or null for a stream this reader leaves alone.
 * Reads char codes through a table: a page's content is tens of kilobytes, and a regular
 * expression per character made this a tenth of the whole export.
 */
export function operatorsOf(content: string): Operator[] | null {
  const operators: Operator[] = [];
  let operandsStart: number | null = null;
  let at = 0;
  const length = content.length;
  const isRegular = (index: number) => index < length && classOf(content.charCodeAt(index)) === 0;
  while (at < length) {
    const code = content.charCodeAt(at);
    if (classOf(code) === SPACE) {
      at++;
      continue;
    }
    const char = content[at]!;
    const start = at;
    if (char === '%') {
      while (at < length && content[at] !== '\n' && content[at] !== '\r') at++;
      continue;
    }
    if (char === '(') at = afterLiteralString(content, at);
    else if (char === '<' && content[at + 1] === '<') at += 2;
    else if (char === '>' && content[at + 1] === '>') at += 2;
    else if (char === '<') at = content.indexOf('>', at) + 1 || length;
    else if (char === '[' || char === ']') at++;
    else if (char === '/') {
      at++;
      while (isRegular(at)) at++;
    } else {
      while (isRegular(at)) at++;
      if (at === start) return null; // A stray delimiter: not a stream this reader understands.
      const word = content.slice(start, at);
      if (!NUMBER.test(word) && word !== 'true' && word !== 'false' && word !== 'null') {
        if (word === 'BI' || word === 'ID') return null;
        operators.push({ name: word, start: operandsStart ?? start, end: at });
        operandsStart = null;
        continue;
      }
    }
    operandsStart ??= start;
  }
  return operators;
}

function afterLiteralString(content: string, open: number): number {
  let depth = 0;
  for (let at = open; at < content.length; at++) {
    const char = content[at];
    if (char === '\\') at++;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return at + 1;
  }
  return content.length;
}

/** Marks every page's untagged drawing as artifacts (markUntaggedAsArtifacts), through `contents` (written by the caller); returns the pages changed. */
export function markArtifacts(pdf: PDFDocument, contents: PageContents): number {
  let changed = 0;
  for (const page of pdf.getPages()) {
    const content = contents.get(page);
    if (content === null) continue;
    const marked = markUntaggedAsArtifacts(content);
    if (marked === content) continue;
    contents.set(page, marked);
    changed++;
  }
  return changed;
}
