/**
 * A Vite plugin that preloads the fonts the first scene is set in. Without it the browser
 * learns it needs them only once the script has run and the text is laid out, and the first
 * scene waits a round of font downloads after that; with a preload the download starts while
 * the script is still arriving.
 *
 * Each name is the start of a bundled font file's name (fontsource's subset files, hashed by
 * Vite). A name that matches no file fails the build: a font package update that renames its
 * files must not silently bring the wait back.
 */
import type { Plugin } from 'vite';

export function preloadFonts(names: readonly string[]): Plugin {
  return {
    name: 'forced-repatriation-deck:preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const files = Object.keys(bundle).filter((file) => file.endsWith('.woff2'));
        return names.map((name) => {
          const file = files.find((candidate) => candidate.split('/').pop()!.startsWith(`${name}-`));
          if (!file) throw new Error(`preloadFonts: no bundled font file starts with "${name}-" (fonts in the build: ${files.join(', ') || 'none'})`);
          // Fonts are fetched in CORS mode, so the preload must be too, or it is fetched twice.
          return { tag: 'link', attrs: { rel: 'preload', href: `./${file}`, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head-prepend' as const };
        });
      },
    },
  };
}
