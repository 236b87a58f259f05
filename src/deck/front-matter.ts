/**
 * Splits a slide file into its YAML front matter and markdown body, keeping track of
 * where each part starts so that errors can name the line in the original file.
 */
export interface SlideParts {
  /** The YAML between the fences. */
  yaml: string;
  /** 1-based line of the file on which the YAML starts. */
  yamlStartLine: number;
  /** The markdown after the closing fence. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyStartLine: number;
}

export type SplitResult = { ok: true; parts: SlideParts } | { ok: false; line: number; message: string };

const FENCE = /^---\s*$/;

export function splitFrontMatter(source: string): SplitResult {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return { ok: false, line: 1, message: 'a slide file must start with a front matter fence "---"' };
  }
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (closing < 0) {
    return { ok: false, line: lines.length, message: 'the front matter is never closed: add a line "---" after it' };
  }
  return {
    ok: true,
    parts: {
      yaml: lines.slice(1, closing).join('\n'),
      yamlStartLine: 2,
      body: lines.slice(closing + 1).join('\n'),
      bodyStartLine: closing + 2,
    },
  };
}
