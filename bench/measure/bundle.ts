/**
 * The renderer's weight as a browser fetches it: every script and stylesheet of the build
 * (source maps and fonts aside), raw and gzipped at the default level a web server uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { figure, type BenchContext, type Measurement } from '../figures.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

export function measureBundle(rendererDir: string): Measurement {
  const files = filesUnder(rendererDir)
    .filter((file) => ['.js', '.css'].includes(extname(file)))
    .map((file) => {
      const body = readFileSync(file);
      return { file: relative(rendererDir, file), kind: extname(file).slice(1), raw: body.length, gzip: gzipSync(body).length };
    });
  const total = (kind: string, size: 'raw' | 'gzip') => files.filter((file) => file.kind === kind).reduce((sum, file) => sum + file[size], 0) / 1024;
  return {
    name: 'bundle',
    title: 'Renderer bundle',
    method: 'Every .js and .css file of a fresh renderer build, raw and gzipped (zlib default level); 1 KB = 1024 bytes.',
    figures: [
      figure('js-raw', 'JS, raw', total('js', 'raw'), 'KB'),
      figure('js-gzip', 'JS, gzip', total('js', 'gzip'), 'KB'),
      figure('css-raw', 'CSS, raw', total('css', 'raw'), 'KB'),
      figure('css-gzip', 'CSS, gzip', total('css', 'gzip'), 'KB'),
    ],
    details: { files },
  };
}

export const bundle = { name: 'bundle', run: async (context: BenchContext) => measureBundle(context.rendererDir) };
