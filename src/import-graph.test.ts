/**
 * The folders of src/ and who may import whom, read from the sources themselves: main and
 * export never import each other (both take what they share from node/, pdf/, video/ and shared/),
 * shared/ imports nothing outside itself (every process, the browser included, uses it),
 * and no two folders import each other, however indirectly.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = import.meta.dirname;

/** Every top-level folder, so a new one is placed on purpose. */
const FOLDERS = ['build', 'cli', 'deck', 'export', 'geography', 'main', 'node', 'pdf', 'preload', 'remote', 'renderer', 'shared', 'video'];

const FORBIDDEN: [from: string, to: string, why: string][] = [
  ['export', 'main', 'the command line export runs without Electron: what both need lives in node/, pdf/, video/ or shared/'],
  ['main', 'export', 'the app does not carry the Playwright export: it prints through pdf/ and films through video/ with its own drivers'],
  ['video', 'export', 'the video pipeline speaks to a FrameDriver, never to Playwright: the app runs it too'],
  ['video', 'main', 'the video pipeline speaks to a FrameDriver, never to Electron: the command line runs it too'],
];

interface Import {
  file: string;
  specifier: string;
  from: string;
  to: string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' || name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

/** A .svelte file's scripts, or a .ts file whole. */
function scriptOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.svelte')) return text;
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(([, script]) => script).join('\n');
}

/** Every import, export-from and import() between two folders of src/. */
function crossFolderImports(): Import[] {
  return sourceFiles(SRC).flatMap((file) => {
    const from = relative(SRC, file).split(sep)[0]!;
    return ts.preProcessFile(scriptOf(file), true, true).importedFiles.flatMap(({ fileName: specifier }) => {
      if (!specifier.startsWith('.')) return [];
      const target = relative(SRC, resolve(dirname(file), specifier));
      const to = target.split(sep)[0]!;
      if (to === '..' || to === from || !target.includes(sep)) return [];
      return [{ file: relative(SRC, file), specifier, from, to }];
    });
  });
}

/** A cycle in the folder graph as its folders in order (first repeated last), or null. */
function findCycle(edges: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (folder: string): string[] | null => {
    if (state.get(folder) === 'open') return [...path.slice(path.indexOf(folder)), folder];
    if (state.get(folder) === 'done') return null;
    state.set(folder, 'open');
    path.push(folder);
    for (const next of edges.get(folder) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(folder, 'done');
    return null;
  };
  for (const folder of edges.keys()) {
    const cycle = visit(folder);
    if (cycle) return cycle;
  }
  return null;
}

const describeImport = ({ file, specifier }: Import) => `${file} imports ${specifier}`;

describe('the import graph of src/', () => {
  const imports = crossFolderImports();

  it('reads the imports it checks (a parser that found none would pass anything)', () => {
    expect(imports.length).toBeGreaterThan(50);
    expect(imports).toContainEqual(expect.objectContaining({ from: 'renderer', to: 'shared' }));
  });

  it('knows every top-level folder', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.sort()).toEqual(FOLDERS);
  });

  it.each(FORBIDDEN)('has no import from %s into %s (%s)', (from, to) => {
    expect(imports.filter((item) => item.from === from && item.to === to).map(describeImport)).toEqual([]);
  });

  it('keeps shared/ to itself: every process uses it, the browser included', () => {
    expect(imports.filter((item) => item.from === 'shared').map(describeImport)).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const { from, to } of imports) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    const cycle = findCycle(edges);
    const witnesses = cycle?.slice(1).map((to, index) => describeImport(imports.find((item) => item.from === cycle[index] && item.to === to)!));
    expect(cycle && `${cycle.join(' -> ')}: ${witnesses!.join('; ')}`).toBeNull();
  });
});
