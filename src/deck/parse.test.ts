import { describe, expect, it } from 'vitest';
import { parseSceneFile } from './parse.ts';

const scene = (frontMatter: string, notes = 'Say this.') => `---\n${frontMatter}\n---\n${notes}\n`;

describe('parseSceneFile', () => {
  it('turns front matter and notes into a scene', () => {
    const result = parseSceneFile(
      scene(
        [
          'id: the-scar',
          'title: The scar',
          'steps:',
          '  - article: >-',
          '      After watching the movie,',
          '      strangely,',
          '    style: lead',
          '    seconds: 6',
          '  - text: Ours',
          '    clear: true',
          '    seconds: 2.5',
        ].join('\n'),
        '# Pause\n\nLet it **land**.',
      ),
      'slides/03-the-scar.md',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { scene: parsed } = result.parsed;
    expect(parsed).toMatchObject({ id: 'the-scar', title: 'The scar', advisory: false, visual: null, source: 'slides/03-the-scar.md' });
    expect(parsed.steps).toEqual([
      { article: 'After watching the movie, strangely,', text: '', style: 'lead', cues: [], figure: null, clear: false, seconds: 6 },
      { article: '', text: 'Ours', style: 'body', cues: [], figure: null, clear: true, seconds: 2.5 },
    ]);
    expect(parsed.notes.markdown).toBe('# Pause\n\nLet it **land**.');
    expect(parsed.notes.html).toContain('<strong>land</strong>');
  });

  it('renders a line break inside a notes paragraph as a space, paragraphs still apart', () => {
    const result = parseSceneFile(scene('id: a\ntitle: A\nsteps:\n  - text: x\n    seconds: 1', 'Do not\npoint it out.\n\nPause.'), 'a.md');
    expect(result.ok && result.parsed.scene.notes.html).toBe('<p>Do not point it out.</p>\n<p>Pause.</p>\n');
  });

  it('keeps notes without step markers one block, and splits marked notes into parts by step', () => {
    const plain = parseSceneFile(scene('id: a\ntitle: A\nsteps:\n  - text: x\n    seconds: 1'), 'a.md');
    expect(plain.ok && plain.parsed.scene.notes).toEqual({ markdown: 'Say this.', html: '<p>Say this.</p>\n', parts: [] });
    const marked = parseSceneFile(scene('id: a\ntitle: A\nsteps:\n  - text: x\n    seconds: 1\n  - text: y\n    seconds: 1', 'Whole.\n\n[step 2]\nSecond *step*.'), 'a.md');
    expect(marked.ok && marked.parsed.scene.notes.parts).toEqual([
      { step: null, html: '<p>Whole.</p>\n' },
      { step: 1, html: '<p>Second <em>step</em>.</p>\n' },
    ]);
  });

  it('reports a step marker for a step the scene lacks at its line in the file', () => {
    const result = parseSceneFile(scene('id: a\ntitle: A\nsteps:\n  - text: x\n    seconds: 1', 'Intro.\n[step 3]\nx'), 'a.md');
    expect(result.ok ? [] : result.errors).toEqual([{ file: 'a.md', line: 9, column: 0, message: 'notes marker [step 3] names a step the scene does not have (it has only step 1)' }]);
  });

  it('shows raw HTML in notes as text, never as markup', () => {
    const result = parseSceneFile(scene('id: a\ntitle: A\nsteps:\n  - text: x\n    seconds: 1', '<script>alert(1)</script> <img src=x onerror=alert(1)>'), 'a.md');
    expect(result.ok && result.parsed.scene.notes.html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>\n');
  });

  it('accepts one cue or a list of cues, and remembers their lines', () => {
    const result = parseSceneFile(
      scene('id: a\ntitle: A\nlayout: split\nvisual: ./A.svelte\nsteps:\n  - cue: wrist\n    seconds: 1\n  - cue: [scar, sleeve]\n    seconds: 1'),
      'a.md',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.parsed.scene.steps.map((step) => step.cues)).toEqual([['wrist'], ['scar', 'sleeve']]);
    expect(result.parsed.cues.map((cue) => [cue.name, cue.line])).toEqual([['wrist', 7], ['scar', 9], ['sleeve', 9]]);
    expect(result.parsed.references).toEqual([{ kind: 'visual', path: './A.svelte', line: 5 }]);
  });

  it('takes words for a visual that carries meaning, and refuses them for a scene without a visual', () => {
    const described = parseSceneFile(scene('id: a\ntitle: A\nlayout: split\nvisual: ./A.svelte\nvisualAlt: A route.\nsteps:\n  - cue: route\n    seconds: 1'), 'a.md');
    expect(described.ok && described.parsed.scene.visualAlt).toBe('A route.');
    const undescribed = parseSceneFile(scene('id: a\ntitle: A\nlayout: split\nvisual: ./A.svelte\nsteps:\n  - cue: route\n    seconds: 1'), 'a.md');
    expect(undescribed.ok && 'visualAlt' in undescribed.parsed.scene).toBe(false);
    const nothingToDescribe = parseSceneFile(scene('id: a\ntitle: A\nvisualAlt: A route.\nsteps:\n  - text: x\n    seconds: 1'), 'a.md');
    expect(nothingToDescribe.ok ? [] : nothingToDescribe.errors.map((error) => `${error.line}: ${error.message}`)).toEqual([
      '4: "visualAlt" describes the scene\'s visual, but the scene has no "visual"',
    ]);
  });

  it('requires alt text on a figure unless it is marked decorative', () => {
    const withoutAlt = parseSceneFile(scene('id: a\ntitle: A\nsteps:\n  - figure:\n      src: x.svg\n    seconds: 1'), 'a.md');
    expect(withoutAlt.ok ? [] : withoutAlt.errors.map((error) => `${error.line}: ${error.message}`)).toEqual([
      '5: the figure of step 1 needs "alt" text, or "decorative: true" when it carries no information',
    ]);
    const decorative = parseSceneFile(scene('id: a\ntitle: A\nsteps:\n  - figure: { src: x.svg, decorative: true }\n    seconds: 1'), 'a.md');
    expect(decorative.ok && decorative.parsed.scene.steps[0]?.figure).toEqual({ src: 'x.svg', alt: '' });
  });

  it('reports an unclosed front matter at the end of the file', () => {
    const result = parseSceneFile('---\nid: a\ntitle: A\n', 'a.md');
    expect(result.ok ? [] : result.errors).toEqual([{ file: 'a.md', line: 4, column: 0, message: 'the front matter is never closed: add a line "---" after it' }]);
  });

  it('reports a YAML syntax error on its line', () => {
    const result = parseSceneFile(scene('id: a\n  title: A\nsteps: []'), 'a.md');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.line).toBe(2);
    expect(result.errors[0]?.message).toMatch(/^invalid YAML: /);
  });

  it('handles Windows line endings and a byte-order mark', () => {
    const result = parseSceneFile('\uFEFF---\r\nid: a\r\ntitle: A\r\nsteps:\r\n  - text: x\r\n    seconds: 1\r\n---\r\nNotes\r\n', 'a.md');
    expect(result.ok).toBe(true);
  });
});
