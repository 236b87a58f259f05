/**
 * Applies a rehearsal's times to a slides folder: every file is checked and rewritten in
 * memory first, then each is replaced atomically (a temporary file beside it, renamed),
 * so a failure leaves every slide as it was or wholly updated, never half written.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rehearsalSchema, type Rehearsal } from '../shared/rehearsal.ts';
import { formatDeckError } from './errors.ts';
import { loadDeck } from './load.ts';
import { rewriteStepSeconds } from './write-back.ts';

export { rehearsalSchema, type Rehearsal };

export interface AppliedRehearsal {
  /** Files rewritten, relative to the slides folder. */
  files: string[];
}

export function applyRehearsal(slidesDir: string, rehearsal: Rehearsal): AppliedRehearsal {
  const root = resolve(slidesDir);
  const loaded = loadDeck(root, { displayRoot: root });
  if (!loaded.deck) throw new Error(`the slides have problems; fix them first:\n${loaded.errors.map(formatDeckError).join('\n')}`);
  const byId = new Map(loaded.deck.scenes.map((scene) => [scene.id, scene]));

  const unknown = Object.keys(rehearsal.scenes).filter((id) => !byId.has(id));
  if (unknown.length > 0) throw new Error(`the rehearsal names scenes the slides do not have: ${unknown.join(', ')}`);

  const rewrites = Object.entries(rehearsal.scenes)
    .filter(([, times]) => times.some((time) => time !== null))
    .map(([id, times]) => {
      const path = resolve(root, byId.get(id)!.source);
      return { file: byId.get(id)!.source, path, text: rewriteStepSeconds(readFileSync(path, 'utf8'), times, byId.get(id)!.source) };
    });

  for (const { path, text } of rewrites) {
    const temporary = `${path}.rehearsal-${process.pid}.tmp`;
    try {
      writeFileSync(temporary, text, 'utf8');
      renameSync(temporary, path);
    } catch (error) {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Not ours to remove (something else stands at that path): leave it.
      }
      throw new Error(`could not write ${path}: ${(error as Error).message}`);
    }
  }
  return { files: rewrites.map((rewrite) => rewrite.file) };
}
