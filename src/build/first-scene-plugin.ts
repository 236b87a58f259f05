/**
 * Paints the deck's first scene into index.html at build time (src/renderer/first-scene/ says
 * why and how it is taken over): the scene rendered to HTML by Svelte's server renderer, through
 * a Vite server of its own with the same plugins as the renderer's build (so the same deck and the
 * same scoped class names), written after `#app`, hidden until the gate script beside it has fitted
 * it to the window and its fonts are in. The gate is a classic script file of its own, not inline:
 * the page's Content-Security-Policy allows no inline script.
 */
import { resolve } from 'node:path';
import { createServer, type Plugin, type PluginOption, type UserConfig } from 'vite';
import { bundleClassicScript } from './page-script.ts';

const GATE_NAME = 'first-scene.js';

interface Rendered {
  html: string;
  sceneId: string;
  firstCues: string[];
  dimmed: number;
  visualFile: string | null;
}

export interface FirstScenePaintingOptions {
  /** The renderer's Vite root (src/renderer): server-render.ts and the gate are found under it. */
  rendererRoot: string;
  /** The renderer build's own plugins for the deck and Svelte, made afresh for the server. */
  plugins: () => PluginOption[];
  resolve: UserConfig['resolve'];
}

export function paintFirstScene(options: FirstScenePaintingOptions): Plugin {
  let rendered: Rendered | null = null;
  return {
    name: 'forced-repatriation-deck:paint-first-scene',
    apply: 'build',
    async buildStart() {
      // The gate runs as the parser reaches it, before the first paint: a classic script, not a module.
      const gateEntry = resolve(options.rendererRoot, 'first-scene/first-scene-gate.ts');
      const [gate, scene] = await Promise.all([bundleClassicScript(gateEntry, 'firstSceneGate'), renderOnServer(options)]);
      rendered = scene;
      this.emitFile({ type: 'asset', name: GATE_NAME, source: gate });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle || !rendered) return html;
        const gate = Object.values(bundle).find((file) => file.type === 'asset' && file.names.includes(GATE_NAME));
        if (!gate) throw new Error(`paintFirstScene: the gate script ${GATE_NAME} is not in the build`);
        const app = '<div id="app"></div>';
        if (!html.includes(app)) throw new Error(`paintFirstScene: index.html has no ${app} to paint the first scene after`);
        // The first scene's drawing is styled by its own chunk's stylesheet, which the page would
        // otherwise link only when the script loads the chunk: linked here, with the chunk preloaded.
        const head = rendered.visualFile ? visualLinks(bundle, rendered.visualFile, html) : '';
        if (head) html = html.replace('</head>', `${head}\n  </head>`);
        const painted =
          `<div id="first-scene" data-scene-id="${escapeAttribute(rendered.sceneId)}" data-first-cues="${escapeAttribute(rendered.firstCues.join(' '))}" data-dimmed="${rendered.dimmed}" style="visibility: hidden">` +
          `${rendered.html}</div>\n    <script src="./${gate.fileName}"></script>`;
        return html.replace(app, `${app}\n    ${painted}`);
      },
    },
  };
}

type Bundle = NonNullable<Parameters<Extract<NonNullable<Plugin['transformIndexHtml']>, { handler: unknown }>['handler']>[1]['bundle']>;

/** The stylesheet and module preloads of the chunk built from a visual's file, less what the page links already. */
function visualLinks(bundle: Bundle, visualFile: string, html: string): string {
  const chunk = Object.values(bundle).find((file) => file.type === 'chunk' && file.facadeModuleId === visualFile);
  if (!chunk || chunk.type !== 'chunk') throw new Error(`paintFirstScene: no chunk in the build for the first scene's visual ${visualFile}`);
  const linked = (file: string) => html.includes(`"./${file}"`);
  const scripts = [chunk.fileName, ...chunk.imports].filter((file) => !linked(file));
  const styles = [...(chunk.viteMetadata?.importedCss ?? [])].filter((file) => !linked(file));
  return [
    ...styles.map((file) => `<link rel="stylesheet" crossorigin href="./${file}">`),
    ...scripts.map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`),
  ]
    .map((line) => `  ${line}`)
    .join('\n');
}

async function renderOnServer(options: FirstScenePaintingOptions): Promise<Rendered> {
  const server = await createServer({
    configFile: false,
    logLevel: 'silent',
    root: options.rendererRoot,
    plugins: options.plugins(),
    resolve: options.resolve,
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    // Bundled through Vite rather than loaded by Node: GSAP's package is not an ES module to Node.
    ssr: { noExternal: true },
  });
  try {
    const module = (await server.ssrLoadModule('/first-scene/server-render.ts')) as { renderFirstScene: () => Promise<Rendered> };
    return await module.renderFirstScene();
  } finally {
    await server.close();
  }
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
