/**
 * The renderer's weight as a browser fetches it: the scripts and stylesheets the page loads to
 * show its first scene (index.html's module script, its module preloads and its stylesheets),
 * and every script and stylesheet of the build, the chunks loaded only when asked (the
 * presenter, print, the overview, the kiosk's opening hours) included. Source maps and fonts
 * aside; raw and gzipped at the default level a web server uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { figure, type BenchContext, type Measurement } from '../figures.ts';
import { REVEAL_BUNDLE, revealDist, revealVersion } from '../reference/reveal-deck.ts';
import { ratio } from '../stats.ts';

/** Gzipped size in KB (1024 bytes) of files under `root`, at zlib's default level, as a web server sends them. */
export function gzipKB(root: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(root, file))).length, 0) / 1024;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** The files index.html makes the browser fetch before anything is asked: its script, preloads and stylesheets. */
export function firstLoadFiles(indexHtml: string): string[] {
  const tags = indexHtml.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  return tags
    .filter((tag) => /^<script\b[^>]*type="module"/.test(tag) || /rel="(?:modulepreload|stylesheet)"/.test(tag))
    .map((tag) => /(?:src|href)="\.?\/?([^"]+)"/.exec(tag)?.[1])
    .filter((file): file is string => Boolean(file) && ['.js', '.css'].includes(extname(file!)));
}

export function measureBundle(rendererDir: string): Measurement {
  const firstLoad = new Set(firstLoadFiles(readFileSync(join(rendererDir, 'index.html'), 'utf8')));
  const files = filesUnder(rendererDir)
    .filter((file) => ['.js', '.css'].includes(extname(file)))
    .map((file) => {
      const body = readFileSync(file);
      const name = relative(rendererDir, file);
      return { file: name, kind: extname(file).slice(1), firstLoad: firstLoad.has(name), raw: body.length, gzip: gzipSync(body).length };
    });
  const total = (kind: string, size: 'raw' | 'gzip', onlyFirstLoad: boolean) =>
    files.filter((file) => file.kind === kind && (!onlyFirstLoad || file.firstLoad)).reduce((sum, file) => sum + file[size], 0) / 1024;
  const reveal = gzipKB(revealDist(), REVEAL_BUNDLE);
  const firstLoadKB = total('js', 'gzip', true) + total('css', 'gzip', true);
  const allKB = total('js', 'gzip', false) + total('css', 'gzip', false);
  return {
    name: 'bundle',
    title: 'Renderer bundle',
    method:
      'First load: the .js and .css files index.html loads (its module script, module preloads and stylesheets); all: every .js and .css file of a fresh renderer build. Raw and gzipped (zlib default level); 1 KB = 1024 bytes. ' +
      `Beside it, reveal.js's whole bundle as its deck loads it (${REVEAL_BUNDLE.join(', ')}), gzipped the same way, and our figures over it.`,
    figures: [
      figure('first-load-ratio', `JS+CSS at first load over reveal.js ${revealVersion()}'s whole bundle (${reveal.toFixed(1)} KB), gzip`, ratio(firstLoadKB, reveal), '×'),
      figure('all-ratio', `JS+CSS, every chunk, over reveal.js's whole bundle, gzip`, ratio(allKB, reveal), '×'),
      figure('reveal-gzip', `reveal.js ${revealVersion()}, whole bundle (JS+CSS), gzip`, reveal, 'KB'),
      figure('js-gzip', 'JS at first load, gzip', total('js', 'gzip', true), 'KB'),
      figure('js-raw', 'JS at first load, raw', total('js', 'raw', true), 'KB'),
      figure('js-gzip-all', 'JS, every chunk, gzip', total('js', 'gzip', false), 'KB'),
      figure('css-gzip', 'CSS at first load, gzip', total('css', 'gzip', true), 'KB'),
      figure('css-gzip-all', 'CSS, every file, gzip', total('css', 'gzip', false), 'KB'),
    ],
    details: { files },
  };
}

export const bundle = { name: 'bundle', run: async (context: BenchContext) => measureBundle(context.rendererDir) };
