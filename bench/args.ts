/**
 * `npm run bench -- [--quick] [--only <name>[,<name>…]] [--out <file>] [--renderer <dir>]`,
 * read into options. Pure: the entry point decides what a problem does to the process.
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  quick: boolean;
  /** Measurement names to run, or null for all. */
  only: string[] | null;
  out: string;
  /** A renderer built earlier, to measure instead of building one. */
  renderer: string | null;
}

export const USAGE = 'Usage: npm run bench -- [--quick] [--only <name>[,<name>…]] [--out <file>] [--renderer <built renderer dir>]';

export function parseBenchArgs(argv: string[], known: readonly string[], defaultOut: string): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
      out: { type: 'string' },
      renderer: { type: 'string' },
    },
  });
  const only = values.only ? values.only.flatMap((value) => value.split(',')).map((name) => name.trim()).filter(Boolean) : null;
  const unknown = (only ?? []).filter((name) => !known.includes(name));
  if (unknown.length) throw new Error(`unknown measurement ${unknown.join(', ')}: choose from ${known.join(', ')}`);
  return { quick: values.quick ?? false, only, out: values.out ?? defaultOut, renderer: values.renderer ?? null };
}
