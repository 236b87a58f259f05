import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { beginBuild, commitBuild, currentInputs, readStamp, whyBuild } from './build-stamp.mjs';

/** A project of a few files: what the stamp reads is the files, not this repository. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'stamp-unit-'));
  for (const [path, text] of Object.entries({
    'src/renderer/main.ts': 'main',
    'src/pdf/finish-pdf.test.ts': 'a test',
    'slides/01-a.md': 'a slide',
    'assets/article.txt': 'words',
    'vite.config.ts': 'config',
    'package-lock.json': '{}',
  })) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the build stamp', () => {
  it('says nothing changed for the same files, and names the file that changed', () => {
    const root = project();
    const before = currentInputs(root, {});
    expect(whyBuild(before, currentInputs(root, {}))).toBeNull();
    writeFileSync(join(root, 'slides/01-a.md'), 'a slide, edited');
    expect(whyBuild(before, currentInputs(root, {}))).toBe('slides/01-a.md changed since the last build');
    writeFileSync(join(root, 'slides/02-b.md'), 'a new slide');
    expect(whyBuild(before, currentInputs(root, {}))).toBe('slides/01-a.md, slides/02-b.md changed since the last build');
  });

  it('leaves unit tests out, and counts another slides folder as another build', () => {
    const root = project();
    const before = currentInputs(root, {});
    expect(Object.keys(before.files)).not.toContain('src/pdf/finish-pdf.test.ts');
    writeFileSync(join(root, 'src/pdf/finish-pdf.test.ts'), 'a test, edited');
    expect(whyBuild(before, currentInputs(root, {}))).toBeNull();
    mkdirSync(join(root, 'drafts'));
    expect(whyBuild(before, currentInputs(root, { DECK_SLIDES_DIR: 'drafts' }))).toBe('another slides folder (drafts, built: slides)');
  });

  it('is written only when a build completes, from the files as they were when it began', () => {
    const root = project();
    expect(whyBuild(readStamp(root), currentInputs(root, {}))).toBe('no complete build yet');
    beginBuild(root, {});
    // Edited while building: the build may have read either version, so the next command builds again.
    writeFileSync(join(root, 'src/renderer/main.ts'), 'main, edited mid-build');
    expect(readStamp(root)).toBeNull();
    commitBuild(root);
    expect(whyBuild(readStamp(root), currentInputs(root, {}))).toBe('src/renderer/main.ts changed since the last build');
    // A build that fails part-way: begun, never committed, and the old stamp is gone.
    beginBuild(root, {});
    expect(readStamp(root)).toBeNull();
    expect(() => JSON.parse(readFileSync(join(root, 'dist/build-stamp.pending.json'), 'utf8'))).not.toThrow();
  });
});
