/**
 * `npm run rehearsal:apply -- rehearsal.json [slides]`: writes the times recorded in a
 * rehearsal (downloaded from the presenter view) into the slides as their planned times.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyRehearsal, rehearsalSchema } from '../deck/apply-rehearsal';

const [file, folder = 'slides'] = process.argv.slice(2);
if (!file) {
  console.error('Usage: npm run rehearsal:apply -- <rehearsal.json> [slides folder]');
  process.exit(2);
}
try {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(resolve(file), 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = rehearsalSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${file} is not a rehearsal: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`).join('; ')}`);
  const { files } = applyRehearsal(folder, parsed.data);
  console.log(files.length ? `Planned times updated in ${files.join(', ')}` : 'The rehearsal has no times to write.');
} catch (error) {
  console.error(`Rehearsal not applied: ${(error as Error).message}`);
  process.exit(1);
}
