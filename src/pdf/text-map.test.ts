import { describe, expect, it } from 'vitest';
import { glyphUses, namesFromActualText, parseToUnicode, withoutNamedSpans, writeToUnicode } from './text-map.ts';

/** As Chromium (Skia) writes a word with a ’ whose glyph the font names U+02BC. */
const WASNT = [
  '/NonStruct <</MCID 4 >>BDC',
  'BT',
  '/F6 48 Tf',
  '1 0 0 -1 8 1159 Tm',
  '<0032> Tj',
  '39.26 0 Td <001C> Tj',
  '/Span<</ActualText <FEFF2019> >> BDC',
  '28.94 0 Td <00A9> Tj',
  'EMC',
  '9.36 0 Td <002F> Tj',
  'ET',
  'EMC',
  '',
].join('\n');
const twoBytes = () => 2;

describe('the glyphs a page draws', () => {
  it('reads each glyph with its font and the ActualText around it', () => {
    expect(glyphUses(WASNT, twoBytes)).toEqual([
      { font: 'F6', code: 0x32, actualText: null },
      { font: 'F6', code: 0x1c, actualText: null },
      { font: 'F6', code: 0xa9, actualText: '\u2019' },
      { font: 'F6', code: 0x2f, actualText: null },
    ]);
  });

  it('renames a glyph only when every use of it says the same ActualText', () => {
    const uses = glyphUses(WASNT, twoBytes)!;
    expect(namesFromActualText(uses)).toEqual(new Map([['F6', new Map([[0xa9, '\u2019']])]]));
    // The same glyph drawn once without the span (a real U+02BC): left as Chromium named it.
    expect(namesFromActualText([...uses, { font: 'F6', code: 0xa9, actualText: null }])).toEqual(new Map());
    expect(namesFromActualText([...uses, { font: 'F6', code: 0xa9, actualText: "'" }])).toEqual(new Map());
  });

  it('leaves alone a stream drawn in forms it does not follow', () => {
    expect(glyphUses('BT /F1 12 Tf (abc) Tj ET', twoBytes)).toBeNull();
    expect(glyphUses('BT /F1 12 Tf [<0001> 20 <0002>] TJ ET', twoBytes)).toBeNull();
    expect(glyphUses('BT /F9 12 Tf <0001> Tj ET', () => null)).toBeNull();
  });

  it('removes the spans of renamed glyphs and keeps everything else, byte for byte', () => {
    const repaired = withoutNamedSpans(WASNT, (font, code) => font === 'F6' && code === 0xa9, twoBytes);
    expect(repaired).toBe(WASNT.replace('/Span<</ActualText <FEFF2019> >> BDC\n', '').replace('<00A9> Tj\nEMC\n', '<00A9> Tj\n'));
    expect(repaired).toContain('/NonStruct <</MCID 4 >>BDC');
    expect(repaired.match(/EMC/g)).toHaveLength(1);
    expect(withoutNamedSpans(WASNT, () => false, twoBytes)).toBe(WASNT);
  });
});

describe('ToUnicode maps', () => {
  it('reads single mappings, ranges and range lists, ligatures included', () => {
    const cmap = [
      '2 beginbfchar',
      '<00A9> <02BC>',
      '<007D> <00660069>',
      'endbfchar',
      '2 beginbfrange',
      '<001C> <001E> <0061>',
      '<0030> <0031> [<0041> <00420043>]',
      'endbfrange',
    ].join('\n');
    expect(parseToUnicode(cmap)).toEqual(
      new Map([
        [0xa9, '\u02BC'],
        [0x7d, 'fi'],
        [0x1c, 'a'],
        [0x1d, 'b'],
        [0x1e, 'c'],
        [0x30, 'A'],
        [0x31, 'BC'],
      ]),
    );
  });

  it('writes a map that reads back the same, in blocks of at most 100', () => {
    const map = new Map([...Array(150).keys()].map((code) => [code + 1, String.fromCharCode(0x41 + (code % 26))]));
    map.set(0xa9, '\u2019');
    map.set(0x7d, 'fi');
    const written = writeToUnicode(map, 2);
    expect(parseToUnicode(written)).toEqual(map);
    expect(written).toContain('<0000> <FFFF>');
    expect(written.match(/(\d+) beginbfchar/g)).toEqual(['100 beginbfchar', '51 beginbfchar']);
  });
});
