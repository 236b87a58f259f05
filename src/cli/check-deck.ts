/**
 * `npm run check:deck [-- <slides folder>]`: checks a deck without changing it.
 * Prints every problem as file:line:column so terminals and editors link to it,
 * and exits non-zero when there is any.
 */
import { resolve } from 'node:path';
import { formatDeckError } from '../deck/errors';
import { loadDeck } from '../deck/load';

const folder = resolve(process.argv[2] ?? 'slides');
const { deck, errors } = loadDeck(folder);

if (errors.length > 0) {
  for (const error of errors) console.error(formatDeckError(error));
  console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} in ${folder}`);
  process.exit(1);
}
const steps = deck!.scenes.reduce((sum, scene) => sum + scene.steps.length, 0);
const seconds = deck!.scenes.flatMap((scene) => scene.steps).reduce((sum, step) => sum + step.seconds, 0);
console.log(`${folder}: ${deck!.scenes.length} scenes, ${steps} steps, ${Math.round(seconds / 60)} min planned: no problems`);
