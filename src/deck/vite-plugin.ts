/**
 * `virtual:deck`: the renderer's view of slides/. The same loader as check:deck, so
 * the app never plays a deck the checker would reject. In dev, any edit under
 * slides/ reloads the page (the URL keeps the place), and a broken slide shows its
 * errors, with file and line, in Vite's overlay instead of a blank screen.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { applyRehearsal, rehearsalSchema } from './apply-rehearsal.ts';
import { BUILT_DECK_FILE } from '../shared/deck.ts';
import { formatDeckError } from './errors.ts';
import { loadDeck } from './load.ts';

const PUBLIC_ID = 'virtual:deck';
/** Where the dev server takes rehearsed times (src/renderer/platform/rehearsal-save.ts posts there). */
export const REHEARSAL_ENDPOINT = '/__deck/rehearsal';
const REHEARSAL_RELOAD_DELAY_MS = 2000;
const RESOLVED_ID = '\0virtual:deck';
/** The scenes' presenter notes, by scene id: a chunk of their own (see moduleSource). */
const NOTES_ID = 'virtual:deck-notes';
const RESOLVED_NOTES_ID = '\0virtual:deck-notes';

export function deckPlugin(options: { slidesDir: string; projectRoot: string }): Plugin {
  const slidesDir = resolve(options.slidesDir);
  // Packages imported by visuals resolve from the project, wherever the slides folder lives.
  const projectImporter = resolve(options.projectRoot, 'package.json');

  // The deck the build plays, written beside it as deck.json for the app's video export, which
  // plans its frames from the very deck its page shows.
  let built: ReturnType<typeof loadDeck>['deck'] = null;

  return {
    name: 'forced-repatriation-deck:slides',
    async resolveId(id, importer) {
      if (id === PUBLIC_ID) return RESOLVED_ID;
      if (id === NOTES_ID) return RESOLVED_NOTES_ID;
      const bare = !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !id.includes(':');
      if (bare && importer && resolve(importer).startsWith(slidesDir) && !slidesDir.startsWith(resolve(options.projectRoot))) {
        return this.resolve(id, projectImporter, { skipSelf: true });
      }
      return undefined;
    },
    load(id, loadOptions) {
      // The notes module is imported by the deck's, so the deck is loaded by then: not read twice.
      if (id === RESOLVED_NOTES_ID) return notesModuleSource(built ?? loadDeck(slidesDir).deck);
      if (id !== RESOLVED_ID) return undefined;
      const loaded = loadDeck(slidesDir);
      loaded.files.forEach((file) => this.addWatchFile(file));
      if (!loaded.deck) {
        const list = loaded.errors.map(formatDeckError).join('\n');
        const error = new Error(`The deck has ${loaded.errors.length} problem(s):\n${list}`);
        // The problem is in the slides, not in this plugin: a stack trace would only distract.
        error.stack = '';
        const first = loaded.errors[0];
        if (first && first.line > 0) Object.assign(error, { id: resolve(first.file), loc: { file: resolve(first.file), line: first.line, column: first.column } });
        throw error;
      }
      built = loaded.deck;
      return moduleSource(loaded, loadOptions?.ssr === true);
    },
    generateBundle() {
      if (built) this.emitFile({ type: 'asset', fileName: BUILT_DECK_FILE, source: `${JSON.stringify(built)}\n` });
    },
    // Slide files are this plugin's to reload (see configureServer), not Vite's: without this,
    // Vite's own update for a watched file would reload the page before a rehearsal's result is shown.
    hotUpdate(options) {
      if (resolve(options.file).startsWith(slidesDir)) return [];
      return undefined;
    },
    configureServer(devServer) {
      devServer.watcher.add(slidesDir);
      // Files the rehearsal endpoint just wrote: their reload waits until the presenter has
      // shown that the times were written.
      const ownWrites = new Set<string>();
      const reload = (file: string) => {
        // The rehearsal's own temporary files come and go within a write: not an edit.
        if (!resolve(file).startsWith(slidesDir) || ownWrites.has(resolve(file)) || /\.rehearsal-\d+\.tmp$/.test(file)) return;
        for (const resolved of [RESOLVED_ID, RESOLVED_NOTES_ID]) {
          const module = devServer.moduleGraph.getModuleById(resolved);
          if (module) devServer.moduleGraph.invalidateModule(module);
        }
        devServer.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('add', reload);
      devServer.watcher.on('change', reload);
      devServer.watcher.on('unlink', reload);

      // While authoring, the presenter view's rehearsal can write its times into the slides.
      devServer.middlewares.use(REHEARSAL_ENDPOINT, (request, response) => {
        if (request.method !== 'POST') {
          response.statusCode = 405;
          response.end();
          return;
        }
        let body = '';
        request.setEncoding('utf8');
        request.on('data', (chunk: string) => {
          body += chunk;
          if (body.length > 1_000_000) request.destroy();
        });
        request.on('end', () => {
          response.setHeader('Content-Type', 'application/json');
          try {
            const result = applyRehearsal(slidesDir, rehearsalSchema.parse(JSON.parse(body)));
            result.files.forEach((file) => ownWrites.add(resolve(slidesDir, file)));
            response.end(JSON.stringify(result));
            setTimeout(() => {
              ownWrites.clear();
              reload(resolve(slidesDir, result.files[0] ?? ''));
            }, REHEARSAL_RELOAD_DELAY_MS);
          } catch (error) {
            response.statusCode = 400;
            response.end(JSON.stringify({ error: (error as Error).message }));
          }
        });
      });
    },
  };
}

/**
 * The module's source. Rendered on the server (the first scene painted at build time), it also
 * names each visual's file, for the build to link the painted visual's stylesheet; a browser's
 * copy never carries the build machine's paths.
 */
function moduleSource(loaded: ReturnType<typeof loadDeck>, serverSide: boolean): string {
  const imports: string[] = [];
  // Each visual (and the map data it imports) is a chunk of its own, loaded when a scene shows
  // it (src/renderer/scenes/visual-store.svelte.ts): the first scene does not wait for the others'.
  const visualEntries = Object.entries(loaded.visuals).map(([sceneId, path]) => `${JSON.stringify(sceneId)}: () => import(${JSON.stringify(path)})`);
  const figureAssignments = loaded.figures.map(({ scene, step, path }, index) => {
    imports.push(`import figure${index} from ${JSON.stringify(`${path}?url`)};`);
    return `deck.scenes[${scene}].steps[${step}].figure.src = figure${index};`;
  });
  // The presenter notes are for the presenter, the phone remote, the printed notes and the go-to
  // box: the audience's first scene never shows them, so they come as a chunk of their own
  // (src/renderer/deck-notes.ts fills them in); until then each scene's notes are empty.
  const deck = { ...loaded.deck!, scenes: loaded.deck!.scenes.map((scene) => ({ ...scene, notes: { markdown: '', html: '', parts: [] } })) };
  return [
    ...imports,
    `export const deck = ${JSON.stringify(deck)};`,
    ...figureAssignments,
    `export const visualLoaders = {${visualEntries.join(', ')}};`,
    `export const notesLoader = () => import(${JSON.stringify(NOTES_ID)});`,
    ...(serverSide ? [`export const visualFiles = ${JSON.stringify(loaded.visuals)};`] : []),
  ].join('\n');
}

/** `virtual:deck-notes`: each scene's notes by its id. The renderer leaves out the markdown, which it never shows. */
function notesModuleSource(deck: ReturnType<typeof loadDeck>['deck']): string {
  const notes = Object.fromEntries((deck?.scenes ?? []).map((scene) => [scene.id, { ...scene.notes, markdown: '' }]));
  return `export const notes = ${JSON.stringify(notes)};`;
}
