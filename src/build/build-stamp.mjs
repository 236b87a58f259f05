// @ts-check
/**
 * The build stamp: what a build was made from (each input file's hash), written into dist/ when
 * `npm run build` completes. A command that needs the build (`npm run export:pdf`,
 * `export:video`: src/cli/run-built.mjs) compares it with the files as they are and builds only
 * when something changed, so a stale build is never used and an unchanged one is not built again.
 *
 *   node src/build/build-stamp.mjs begin    before building: the inputs read, the old stamp removed
 *   node src/build/build-stamp.mjs commit   after every part built: what `begin` read becomes the stamp
 *
 * Read before the build, not after, so an edit made while it builds makes the next command build
 * again. Plain JavaScript that node runs as it is: it decides whether to build, so it cannot
 * itself be a product of the build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * @typedef {object} Stamp
 * @property {string} slides The slides folder built (DECK_SLIDES_DIR's, or slides/), relative to the project where inside it.
 * @property {Record<string, string>} files Each input, relative to the project, to its content's SHA-256.
 */

/** The folders and files a build reads; the slides folder is DECK_SLIDES_DIR's when set, as in vite.config.ts. */
function inputPaths(root = projectRoot, env = process.env) {
  const slides = resolve(root, env.DECK_SLIDES_DIR ?? 'slides');
  return {
    slides,
    folders: [join(root, 'src'), join(root, 'assets'), slides],
    files: ['vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.node.json'].map((name) => join(root, name)),
  };
}

/**
 * What a build of the project as it is now would be made from. Unit tests are left out: no build
 * imports them, and editing one should not cost a rebuild.
 * @returns {Stamp}
 */
export function currentInputs(root = projectRoot, env = process.env) {
  const { slides, folders, files } = inputPaths(root, env);
  const all = [...new Set([...folders.flatMap((folder) => filesUnder(folder)), ...files.filter((file) => existsSync(file))])];
  /** @type {Record<string, string>} */
  const hashes = {};
  for (const file of all.sort()) {
    if (/\.test\.ts$/.test(file)) continue;
    hashes[shown(root, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return { slides: shown(root, slides), files: hashes };
}

/** @param {string} folder @returns {string[]} */
function filesUnder(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A path as the stamp records it: relative to the project, with forward slashes, or absolute when outside it. */
function shown(/** @type {string} */ root, /** @type {string} */ path) {
  const inside = relative(root, path);
  return inside.startsWith('..') ? path : inside.split(sep).join('/');
}

export function stampFile(root = projectRoot) {
  return join(root, 'dist', 'build-stamp.json');
}

function pendingFile(root = projectRoot) {
  return join(root, 'dist', 'build-stamp.pending.json');
}

/** @returns {Stamp | null} The stamp of the build in dist/, null if there is none (never built, or a build that did not complete). */
export function readStamp(root = projectRoot) {
  try {
    return JSON.parse(readFileSync(stampFile(root), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Why the build in dist/ is not of `now`, in a few words (the files that changed), or null when it is.
 * @param {Stamp | null} built @param {Stamp} now @returns {string | null}
 */
export function whyBuild(built, now) {
  if (!built) return 'no complete build yet';
  if (built.slides !== now.slides) return `another slides folder (${now.slides}, built: ${built.slides})`;
  const names = [...new Set([...Object.keys(built.files), ...Object.keys(now.files)])];
  const changed = names.filter((name) => built.files[name] !== now.files[name]).sort();
  if (changed.length === 0) return null;
  const listed = changed.slice(0, 3).join(', ');
  return `${listed}${changed.length > 3 ? ` and ${changed.length - 3} more` : ''} changed since the last build`;
}

/** Before a build: reads the inputs and removes the stamp, so a build that fails part-way leaves none. */
export function beginBuild(root = projectRoot, env = process.env) {
  mkdirSync(join(root, 'dist'), { recursive: true });
  rmSync(stampFile(root), { force: true });
  writeFileSync(pendingFile(root), JSON.stringify(currentInputs(root, env)));
}

/** After every part of the build succeeded: what beginBuild read becomes the stamp. */
export function commitBuild(root = projectRoot) {
  if (!existsSync(pendingFile(root))) throw new Error(`no ${pendingFile(root)}: run "build-stamp.mjs begin" before building`);
  renameSync(pendingFile(root), stampFile(root));
}

/**
 * A Vite plugin for the renderer's build: building into dist/ any other way than `npm run build`
 * (a bare `vite build`) removes the stamp, since the files in dist/ are then no longer what it
 * says. A build elsewhere (the bench's, with --outDir) leaves it.
 * @returns {import('vite').Plugin}
 */
export function invalidateStamp(root = projectRoot) {
  let outDir = '';
  return {
    name: 'forced-repatriation-deck:build-stamp',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      if (outDir.startsWith(join(root, 'dist') + sep)) rmSync(stampFile(root), { force: true });
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const step = process.argv[2];
  if (step === 'begin') beginBuild();
  else if (step === 'commit') commitBuild();
  else {
    console.error(`build-stamp.mjs: "begin" or "commit", not "${step ?? ''}"`);
    process.exit(2);
  }
}
