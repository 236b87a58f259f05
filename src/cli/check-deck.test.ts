/** `npm run check:deck` as a speaker runs it: on a folder with a broken step marker, it names file and line and fails, writing nothing. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const broken = resolve(root, 'src/deck/fixtures/broken');
const folder = mkdtempSync(join(tmpdir(), 'check-deck-'));
copyFileSync(join(broken, 'deck.yaml'), join(folder, 'deck.yaml'));
copyFileSync(join(broken, '14-bad-markers.md'), join(folder, '14-bad-markers.md'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const snapshot = () => readdirSync(folder).map((name) => `${name}:${statSync(join(folder, name)).mtimeMs}:${readFileSync(join(folder, name), 'utf8')}`);

describe('check:deck on a broken notes marker', () => {
  it('prints file:line: message for each marker and exits non-zero, writing nothing', () => {
    const before = snapshot();
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/check-deck.ts'), folder], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const file = relative(root, join(folder, '14-bad-markers.md'));
    const lines = run.stderr.split('\n');
    expect(lines).toContain(`${file}:15: malformed notes marker "[step two]": write it alone on its line as [step 2] (steps count from 1)`);
    expect(lines).toContain(`${file}:18: notes marker [step 5] names a step the scene does not have (it has steps 1 to 2)`);
    expect(run.stdout).toBe('');
    expect(snapshot()).toEqual(before);
  });
});
