/**
 * Parses YAML and validates it against a schema, turning every problem, YAML syntax
 * or schema, into a DeckError on the line where it stands in the original file.
 */
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { deckError, type DeckError } from './errors.ts';

type PathKey = string | number;

export interface Located<T> {
  value: T | null;
  errors: DeckError[];
  /** 1-based line in the file of the value at `path`, or of its nearest existing parent. */
  lineOf: (path: readonly PathKey[]) => number;
}

export function parseYamlWith<S extends z.ZodType>(
  schema: S,
  yamlText: string,
  file: string,
  firstLine: number,
): Located<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const lineOf = (path: readonly PathKey[]) => toFileLine(nearestNodeOffset(doc, path));

  const yamlErrors = doc.errors.map((error) => {
    const opened = error.code === 'MISSING_CHAR' ? unclosedQuoteLine(yamlText, error.pos[0]) : null;
    if (opened !== null) {
      return deckError(file, opened + firstLine - 1, `invalid YAML: a quoted value opened on this line is never closed`);
    }
    return deckError(file, toFileLine(error.pos[0]), `invalid YAML: ${yamlMessage(error.message)}`, lineCounter.linePos(error.pos[0]).col);
  });
  if (yamlErrors.length > 0) return { value: null, errors: yamlErrors, lineOf };

  const data: unknown = doc.toJS() ?? {};
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, errors: [], lineOf };

  const errors: DeckError[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push(deckError(file, lineOf([...path, key]), `unknown key "${key}"${where(path)}${allowedKeys(schema, path)}`));
      }
      continue;
    }
    errors.push(deckError(file, lineOf(path), describeIssue(issue, path, doc)));
  }
  return { value: null, errors, lineOf };
}

function nearestNodeOffset(doc: Document, path: readonly PathKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const node = prefix.length === 0 ? doc.contents : doc.getIn(prefix, true);
    // For a key of a map, point at the key itself rather than its value.
    if (depth === path.length && depth > 0) {
      const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[depth - 1]);
        if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
      }
    }
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

function where(path: readonly PathKey[]): string {
  if (path.length === 0) return '';
  const [first, index] = path;
  if (first === 'steps' && typeof index === 'number') {
    const rest = path.slice(2);
    return ` in step ${index + 1}${rest.length ? ` (${rest.join('.')})` : ''}`;
  }
  return ` in "${path.join('.')}"`;
}

function subject(path: readonly PathKey[]): string {
  const [first, index, field] = path;
  if (first === 'steps' && typeof index === 'number') return field ? `the ${String(field)} of step ${index + 1}` : `step ${index + 1}`;
  return path.length ? `"${path.join('.')}"` : 'this file';
}

function fieldName(path: readonly PathKey[]): string {
  const last = path[path.length - 1];
  return typeof last === 'string' ? `"${last}"` : 'this value';
}

function describeIssue(issue: z.core.$ZodIssue, path: readonly PathKey[], doc: Document): string {
  const container = path.length > 0 && typeof path[path.length - 1] === 'string' ? path.slice(0, -1) : path;
  const place = where(container);
  const got = doc.getIn(path);
  switch (issue.code) {
    case 'invalid_type':
      if (got === undefined) return `missing ${fieldName(path)}${place}`;
      return `${fieldName(path)}${place} must be ${expected(issue.expected)}, not ${JSON.stringify(got)}`;
    case 'too_small':
      if (issue.origin === 'number') return `${fieldName(path)}${place} must be greater than ${issue.minimum}, not ${JSON.stringify(got)}`;
      if (issue.origin === 'string') return `${fieldName(path)}${place} is empty`;
      return `${issue.message}${place}`;
    case 'too_big':
      return `${fieldName(path)}${place} must be at most ${issue.maximum}, not ${JSON.stringify(got)}`;
    case 'invalid_value':
      return `${fieldName(path)}${place} must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, not ${JSON.stringify(got)}`;
    case 'invalid_format':
      return `${fieldName(path)}${place} ${issue.message}, not ${JSON.stringify(got)}`;
    case 'custom':
      return `${subject(path)} ${issue.message}`;
    case 'invalid_union':
      return `${fieldName(path)}${place} must be a name or a list of names, not ${JSON.stringify(got)}`;
    default:
      return `${issue.message}${place}`;
  }
}

function expected(type: string): string {
  return type === 'number' ? 'a number (seconds)' : type === 'string' ? 'text' : type === 'boolean' ? 'true or false' : `a ${type}`;
}

/** YAML notices a missing closing quote where the text ends; the author needs the line where it opened. */
function unclosedQuoteLine(yamlText: string, before: number): number | null {
  const lines = yamlText.slice(0, before).split('\n');
  const index = lines.findIndex((line) => /:\s*["']/.test(line) && (line.match(/(?<!\\)"/g)?.length ?? 0) % 2 === 1);
  return index < 0 ? null : index + 1;
}

function yamlMessage(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function allowedKeys(schema: z.ZodType, path: readonly PathKey[]): string {
  const shape = shapeAt(schema, path);
  return shape ? ` (allowed: ${Object.keys(shape).join(', ')})` : '';
}

/** Walks the schema along the data path to list the keys an object there may have. */
function shapeAt(schema: z.ZodType, path: readonly PathKey[]): Record<string, unknown> | null {
  let current: unknown = schema;
  for (const key of [...path, null]) {
    current = unwrap(current);
    if (key === null) break;
    const def = (current as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def;
    if (def?.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else if (def?.type === 'array' && typeof key === 'number') current = def.element;
    else return null;
  }
  const def = (current as { def?: { type?: string; shape?: Record<string, unknown> } }).def;
  return def?.type === 'object' && def.shape ? def.shape : null;
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { type?: string; innerType?: unknown; in?: unknown } } | undefined;
  // refine() keeps the object type in zod 4; optional/default/pipe wrap it.
  while (current?.def && ['optional', 'default', 'nullable', 'pipe'].includes(current.def.type ?? '')) {
    current = (current.def.innerType ?? current.def.in) as typeof current;
  }
  return current;
}
