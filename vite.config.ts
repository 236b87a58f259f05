/**
 * One config, four builds (chosen by --mode):
 * - default: the renderer, the very files Electron loads through app:// and the web build serves;
 * - main / preload: Electron's main and preload scripts as CommonJS (a sandboxed preload must be),
 *   with electron and Node built-ins left external;
 * - cli: the PDF and video export commands (`npm run export:pdf`, `export:video`) and the show's server with
 *   the phone remote (`npm run present`) as ES modules for Node;
 * - analyze: the renderer again, aside, with a treemap of where its bytes go (`npm run bundle:report`).
 */
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type UserConfig } from 'vite';
import { invalidateStamp } from './src/build/build-stamp.mjs';
import { paintFirstScene } from './src/build/first-scene-plugin.ts';
import { pageClockScript } from './src/build/page-script.ts';
import { preloadFonts } from './src/build/preload-fonts.ts';
import { deckPlugin } from './src/deck/vite-plugin.ts';
import { contentSecurityPolicy } from './src/shared/csp.ts';

const root = import.meta.dirname;

/** Node's side of packages that also ship a browser build (ws): main and the commands run in Node. */
const nodeResolve: UserConfig['resolve'] = { conditions: ['node'], mainFields: ['module', 'main'] };

function electronEntry(name: 'main' | 'preload'): UserConfig {
  return {
    resolve: nodeResolve,
    // Main films the show through video/render-video.ts, which puts the page clock into the page.
    plugins: name === 'main' ? [pageClockScript(root)] : [],
    build: {
      outDir: resolve(root, 'dist', name),
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      sourcemap: true,
      lib: { entry: resolve(root, 'src', name, 'index.ts'), formats: ['cjs'], fileName: () => `${name}.cjs` },
      rollupOptions: {
        external: ['electron', ...builtinModules, ...builtinModules.map((module) => `node:${module}`)],
      },
    },
  };
}

/**
 * The PDF export command as one ES module for Node (dependencies stay in node_modules): it starts
 * in a fraction of the time tsx takes to compile its TypeScript on every run.
 */
function exportCommand(): UserConfig {
  return {
    resolve: nodeResolve,
    plugins: [pageClockScript(root)],
    build: {
      outDir: resolve(root, 'dist', 'cli'),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: true,
      lib: {
        entry: {
          'export-pdf': resolve(root, 'src/cli/export-pdf.ts'),
          'export-video': resolve(root, 'src/cli/export-video.ts'),
          present: resolve(root, 'src/cli/present.ts'),
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.mjs`,
      },
      rollupOptions: {
        external: (id) => builtinModules.includes(id.replace(/^node:/, '')) || /^(@playwright\/test|playwright|playwright-core|pdf-lib|ws)(\/|$)/.test(id),
        // ES modules by their name wherever they are copied, whatever package.json is nearest.
        // Node's side of a package can be CommonJS that requires a built-in (yaml's `require("process")`):
        // an ES module has no `require`, so each file makes its own.
        output: {
          chunkFileNames: '[name]-[hash].mjs',
          banner: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
        },
      },
    },
  };
}

export default defineConfig(async ({ mode }): Promise<UserConfig> => {
  if (mode === 'main' || mode === 'preload') return electronEntry(mode);
  if (mode === 'cli') return exportCommand();
  // `npm run bundle:report`: the renderer built aside with a map of where its bytes go.
  const report =
    mode === 'analyze'
      ? [(await import('rollup-plugin-visualizer')).visualizer({ filename: resolve(root, 'dist/bundle-report.html'), template: 'treemap', gzipSize: true, title: 'Renderer bundle' })]
      : [];
  // DECK_SLIDES_DIR plays another slides folder (tests, drafts); slides/ by default.
  const slidesDir = resolve(root, process.env.DECK_SLIDES_DIR ?? 'slides');
  const rendererRoot = resolve(root, 'src/renderer');
  // Visuals import data as '@assets/…', so a slides folder works wherever it lives.
  const rendererResolve: UserConfig['resolve'] = { alias: { '@assets': resolve(root, 'assets') } };
  return {
    root: rendererRoot,
    // Relative asset URLs: the same build loads from app://, file servers and any sub-path.
    base: './',
    publicDir: false,
    plugins: [
      deckPlugin({ slidesDir, projectRoot: root }),
      svelte(),
      // A renderer built into dist/ other than by npm run build is not what the build stamp says
      // (the bundle report builds aside, into dist/renderer-analyze, and leaves it be).
      ...(mode === 'analyze' ? [] : [invalidateStamp()]),
      // The first scene's text: the article's serif and the labels' sans, Latin subsets.
      preloadFonts(['source-serif-4-latin-wght-normal', 'inter-latin-wght-normal']),
      // The first scene painted before any script runs; the bundle report needs none of it.
      ...(mode === 'analyze' ? [] : [paintFirstScene({ rendererRoot, plugins: () => [deckPlugin({ slidesDir, projectRoot: root }), svelte()], resolve: rendererResolve })]),
      {
        name: 'forced-repatriation-deck:csp',
        apply: 'build',
        // Dev needs inline HMR code and a websocket, so the policy is set on built pages only.
        transformIndexHtml: (html: string) =>
          html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`),
      },
      ...report,
    ],
    resolve: rendererResolve,
    server: { fs: { allow: [root, slidesDir] } },
    build: {
      outDir: resolve(root, mode === 'analyze' ? 'dist/renderer-analyze' : 'dist/renderer'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
    },
    preview: { port: 4173, strictPort: true },
  };
});
