import { describe, expect, it } from 'vitest';
import { markUntaggedAsArtifacts, operatorsOf } from './artifacts.ts';

describe('untagged drawing marked as artifacts', () => {
  it('wraps each painted object outside marked content, and nothing inside it', () => {
    const lines = [
      'q',
      '0 0 100 50 re',
      'W* n', // a clip paints nothing
      '/NonStruct <</MCID 0 >>BDC',
      'BT /F1 12 Tf <0001> Tj ET',
      '0 0 10 10 re f',
      'EMC',
      '1 0 0 RG',
      '0 0 m 10 10 l S',
      '/X5 Do',
      'BT /F1 12 Tf <0002> Tj ET',
      'Q',
    ];
    const untagged = new Set(['0 0 m 10 10 l S', '/X5 Do', 'BT /F1 12 Tf <0002> Tj ET']);
    expect(markUntaggedAsArtifacts(lines.join('\n'))).toBe(lines.map((line) => (untagged.has(line) ? `/Artifact BMC\n${line}\nEMC` : line)).join('\n'));
  });

  it('finds nothing more to mark the second time', () => {
    const once = markUntaggedAsArtifacts('0 0 5 5 re f\n/P <</MCID 1 >>BDC 0 0 1 1 re f EMC\n/Im1 Do');
    expect(markUntaggedAsArtifacts(once)).toBe(once);
  });

  it('reads strings, arrays and dictionaries as operands, never as operators', () => {
    const operators = operatorsOf('/Span <</ActualText (a Tj \\) re) >> BDC [(x) 3 <0001>] TJ EMC');
    expect(operators?.map((operator) => operator.name)).toEqual(['BDC', 'TJ', 'EMC']);
    expect(operators?.[0]?.start).toBe(0);
  });

  it('leaves a stream with an inline image alone', () => {
    const content = 'BI /W 1 /H 1 /BPC 8 /CS /G ID \u0000 EI';
    expect(markUntaggedAsArtifacts(content)).toBe(content);
  });
});
