/**
 * Loads a deck from a slides folder: reads the files, parses each with parse.ts,
 * then checks what needs the disk (visual components, figures) and the deck as a
 * whole (duplicate ids). Collects every error rather than stopping at the first.
 * Read-only: it never writes to the folder it checks.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Deck, Scene } from '../shared/deck.ts';
import { compareDeckErrors, deckError, type DeckError } from './errors.ts';
import { parseSceneFile, type ParsedScene } from './parse.ts';
import { deckSettingsSchema } from './schema.ts';
import { parseYamlWith } from './yaml-validate.ts';

export const DECK_SETTINGS_FILE = 'deck.yaml';
/** A scene authored as a folder keeps its text in this file, its visual beside it. */
export const SCENE_FOLDER_FILE = 'scene.md';

export interface LoadedDeck {
  deck: Deck | null;
  errors: DeckError[];
  /** Absolute path of each scene's visual component, by scene id. */
  visuals: Record<string, string>;
  /** Absolute path of each figure, by scene index and step index. */
  figures: { scene: number; step: number; path: string }[];
  /** Every file the deck was read from, for watching. */
  files: string[];
}

export interface LoadOptions {
  /** Paths in messages are relative to this folder (default: the working directory). */
  displayRoot?: string;
}

export function loadDeck(slidesDir: string, options: LoadOptions = {}): LoadedDeck {
  const root = resolve(slidesDir);
  const display = (path: string) => relative(options.displayRoot ?? process.cwd(), path) || path;
  const result: LoadedDeck = { deck: null, errors: [], visuals: {}, figures: [], files: [] };

  if (!existsSync(root) || !statSync(root).isDirectory()) {
    result.errors.push(deckError(display(root), 0, 'no slides folder here'));
    return result;
  }

  const settingsPath = join(root, DECK_SETTINGS_FILE);
  const settings = readSettings(settingsPath, display(settingsPath), result);
  const scenes: Scene[] = [];
  const firstUse = new Map<string, string>();

  for (const scenePath of sceneFiles(root)) {
    result.files.push(scenePath);
    const file = display(scenePath);
    const parsed = parseSceneFile(readFileSync(scenePath, 'utf8'), file);
    if (!parsed.ok) {
      result.errors.push(...parsed.errors);
      continue;
    }
    const { scene, idLine } = parsed.parsed;
    const earlier = firstUse.get(scene.id);
    if (earlier) {
      result.errors.push(deckError(file, idLine, `duplicate id "${scene.id}": already used by ${earlier}`));
      continue;
    }
    firstUse.set(scene.id, `${file}:${idLine}`);
    const sceneIndex = scenes.length;
    if (checkReferences(parsed.parsed, scenePath, file, sceneIndex, result)) scenes.push(scene);
  }

  if (settings) checkCover(settings, scenes, result);
  if (result.files.length === 0) {
    result.errors.push(deckError(display(root), 0, 'no scenes: add a file such as "01-the-film.md" (or a folder with a scene.md)'));
  }
  result.errors.sort(compareDeckErrors);
  if (result.errors.length === 0 && settings) result.deck = { ...settings.settings, scenes };
  return result;
}

/** Scene files in deck order: `*.md` files and folders holding a scene.md, sorted by name. */
function sceneFiles(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && !entry.name.startsWith('_'))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))
    .flatMap((entry) => {
      const path = join(root, entry.name);
      if (entry.isDirectory()) return existsSync(join(path, SCENE_FOLDER_FILE)) ? [join(path, SCENE_FOLDER_FILE)] : [];
      return entry.name.endsWith('.md') && entry.name.toLowerCase() !== 'readme.md' ? [path] : [];
    });
}

function readSettings(path: string, file: string, result: LoadedDeck) {
  if (!existsSync(path)) {
    result.errors.push(deckError(file, 0, 'missing: the deck needs a deck.yaml with its "title" and "author"'));
    return null;
  }
  result.files.push(path);
  const located = parseYamlWith(deckSettingsSchema, readFileSync(path, 'utf8'), file, 1);
  result.errors.push(...located.errors);
  return located.value ? { settings: located.value, coverLine: located.lineOf(['cover']), file } : null;
}

/** The cover must name a scene of the deck that has a drawing to show. */
function checkCover(read: NonNullable<ReturnType<typeof readSettings>>, scenes: readonly Scene[], result: LoadedDeck): void {
  const cover = read.settings.cover;
  if (cover === undefined) return;
  const scene = scenes.find((candidate) => candidate.id === cover);
  if (!scene) {
    const ids = scenes.map((candidate) => `"${candidate.id}"`).join(', ');
    result.errors.push(deckError(read.file, read.coverLine, `cover "${cover}" is not a scene of this deck (its scenes: ${ids})`));
  } else if (!scene.visual) {
    result.errors.push(deckError(read.file, read.coverLine, `cover "${cover}" has no visual for the cover to show`));
  }
}

/** Resolves the visual and figures of one scene; returns false when any is missing. */
function checkReferences(parsed: ParsedScene, scenePath: string, file: string, sceneIndex: number, result: LoadedDeck): boolean {
  const before = result.errors.length;
  let visualCues: Set<string> | null = null;
  for (const reference of parsed.references) {
    const path = resolve(dirname(scenePath), reference.path);
    if (!existsSync(path) || !statSync(path).isFile()) {
      result.errors.push(deckError(file, reference.line, `${reference.kind} not found: "${reference.path}" (looked for ${path})`));
      continue;
    }
    if (reference.kind === 'visual') {
      if (!path.endsWith('.svelte')) {
        result.errors.push(deckError(file, reference.line, `a visual must be a Svelte component (.svelte), not "${reference.path}"`));
        continue;
      }
      result.files.push(path);
      result.visuals[parsed.scene.id] = path;
      visualCues = cuesIn(readFileSync(path, 'utf8'));
    } else {
      result.figures.push({ scene: sceneIndex, step: reference.step ?? 0, path });
    }
  }
  const hasVisualReference = parsed.references.some((reference) => reference.kind === 'visual');
  for (const cue of parsed.cues) {
    if (!hasVisualReference) {
      result.errors.push(deckError(file, cue.line, `step ${cue.step + 1} cues "${cue.name}" but the scene has no "visual"`));
    } else if (visualCues && !visualCues.has(cue.name)) {
      const known = [...visualCues].map((name) => `"${name}"`).join(', ') || 'none';
      result.errors.push(deckError(file, cue.line, `step ${cue.step + 1} cues "${cue.name}", which the visual does not have (its data-cue names: ${known})`));
    }
  }
  return result.errors.length === before;
}

/** The cue names a visual offers: the values of its `data-cue="…"` attributes. */
export function cuesIn(svelteSource: string): Set<string> {
  return new Set([...svelteSource.matchAll(/data-cue\s*=\s*["']([^"'{}]+)["']/g)].map((match) => match[1]!.trim()));
}
