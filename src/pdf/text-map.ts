/**
 * The characters a PDF's glyphs stand for, as Chromium writes them and as we repair them.
 *
 * Chromium's PDF writer (Skia) names each glyph of an embedded font in the font's ToUnicode map
 * by the first character the font maps to it. Where a glyph serves two characters, as Source
 * Serif's apostrophe serves U+02BC and U+2019, every ’ of the article is named U+02BC; Skia then
 * wraps each such glyph in a `/Span <</ActualText …>> BDC … EMC` carrying the real character.
 * Readers that ignore ActualText (pdf.js, so Firefox and many search tools) extract U+02BC, and
 * poppler's reader of the tagged text stops at the nested span, losing the rest of the paragraph.
 *
 * The repair: where every use of a glyph in a font carries the same ActualText, that text becomes
 * the glyph's name in the ToUnicode map and the spans, now saying nothing new, are removed. A
 * glyph also drawn without the span (a real U+02BC somewhere) is left as Chromium wrote it.
 *
 * This module is the text work, pure; pdf/repair-text-map.ts applies it to a document.
 */

/** A glyph drawn: its code in a font, and the ActualText around it, if any. */
export interface GlyphUse {
  font: string;
  code: number;
  actualText: string | null;
}

/** What a content stream draws, as far as the repair needs: null when it draws text in a form this reader does not follow. */
export function glyphUses(content: string, codeBytes: (font: string) => number | null): GlyphUse[] | null {
  // Only `<hex> Tj`, Skia's one form; a literal string or TJ array means another writer: hands off.
  if (/\)\s*Tj|\]\s*TJ|\)\s*['"]/.test(content)) return null;
  const uses: GlyphUse[] = [];
  let font: string | null = null;
  let span: string | null = null;
  const token = /\/([^\s/<>[\]()]+)\s+[-\d.]+\s+Tf|\/Span\s*<<\s*\/ActualText\s*<([0-9A-Fa-f]*)>\s*>>\s*BDC|<([0-9A-Fa-f]*)>\s*Tj|\bEMC\b/g;
  for (const match of content.matchAll(token)) {
    if (match[1] !== undefined) font = match[1];
    else if (match[2] !== undefined) span = utf16FromHex(match[2]);
    else if (match[3] !== undefined) {
      const bytes = font === null ? null : codeBytes(font);
      if (bytes === null || font === null) return null;
      for (const code of codesOf(match[3], bytes)) uses.push({ font, code, actualText: span });
    } else span = null;
  }
  return uses;
}

/** The glyphs whose every use says the same ActualText: font, then code, to that text. */
export function namesFromActualText(uses: Iterable<GlyphUse>): Map<string, Map<number, string>> {
  const seen = new Map<string, Set<string | null>>();
  for (const use of uses) {
    const key = `${use.font}\u0000${use.code}`;
    if (!seen.has(key)) seen.set(key, new Set());
    seen.get(key)!.add(use.actualText);
  }
  const names = new Map<string, Map<number, string>>();
  for (const [key, texts] of seen) {
    const [only] = texts;
    if (texts.size !== 1 || only === null || only === undefined) continue;
    const [font, code] = key.split('\u0000') as [string, string];
    if (!names.has(font)) names.set(font, new Map());
    names.get(font)!.set(Number(code), only);
  }
  return names;
}

/** The content without the ActualText spans around single glyphs that `isNamed` now names in the font itself. */
export function withoutNamedSpans(content: string, isNamed: (font: string, code: number) => boolean, codeBytes: (font: string) => number | null): string {
  let font: string | null = null;
  const token = /\/([^\s/<>[\]()]+)\s+[-\d.]+\s+Tf|\/Span\s*<<\s*\/ActualText\s*<[0-9A-Fa-f]*>\s*>>\s*BDC\n?((?:(?!\bEMC\b|\bBDC\b|\bBMC\b)[\s\S])*?)EMC\n?/g;
  return content.replace(token, (whole, name: string | undefined, inside: string | undefined) => {
    if (name !== undefined) {
      font = name;
      return whole;
    }
    const glyphs = [...inside!.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)];
    const bytes = font === null ? null : codeBytes(font);
    if (font === null || bytes === null || glyphs.length !== 1) return whole;
    const codes = codesOf(glyphs[0]![1]!, bytes);
    return codes.length === 1 && isNamed(font, codes[0]!) ? inside! : whole;
  });
}

/** A ToUnicode CMap's mappings: code to text. */
export function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) map.set(parseInt(code!, 16), utf16FromHex(text!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, start, list] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]*)>|\[([^\]]*)\])/g)) {
      const first = parseInt(low!, 16);
      const last = parseInt(high!, 16);
      const targets = list === undefined ? null : [...list.matchAll(/<([0-9A-Fa-f]*)>/g)].map((item) => utf16FromHex(item[1]!));
      for (let code = first; code <= last; code++) {
        if (targets) {
          const text = targets[code - first];
          if (text !== undefined) map.set(code, text);
        } else {
          // The range's text counts up in its last UTF-16 unit.
          const units = unitsFromHex(start!);
          units[units.length - 1]! += code - first;
          map.set(code, String.fromCharCode(...units));
        }
      }
    }
  }
  return map;
}

/** A ToUnicode CMap for `map`, every mapping a bfchar, with the code space the font's codes take. */
export function writeToUnicode(map: ReadonlyMap<number, string>, codeBytes: number): string {
  const hex = (code: number) => code.toString(16).toUpperCase().padStart(codeBytes * 2, '0');
  const entries = [...map].sort(([a], [b]) => a - b).map(([code, text]) => `<${hex(code)}> <${hexFromUtf16(text)}>`);
  const blocks: string[] = [];
  // A CMap block holds at most 100 entries.
  for (let start = 0; start < entries.length; start += 100) {
    const chunk = entries.slice(start, start + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    `<${hex(0)}> <${'FF'.repeat(codeBytes)}>`,
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
    '',
  ].join('\n');
}

function codesOf(hex: string, bytes: number): number[] {
  const codes: number[] = [];
  for (let at = 0; at + bytes * 2 <= hex.length; at += bytes * 2) codes.push(parseInt(hex.slice(at, at + bytes * 2), 16));
  return codes;
}

function unitsFromHex(hex: string): number[] {
  const units: number[] = [];
  for (let at = 0; at + 4 <= hex.length; at += 4) units.push(parseInt(hex.slice(at, at + 4), 16));
  return units;
}

/** Text from UTF-16BE hex, a byte-order mark dropped. */
function utf16FromHex(hex: string): string {
  const units = unitsFromHex(hex);
  if (units[0] === 0xfeff) units.shift();
  return String.fromCharCode(...units);
}

function hexFromUtf16(text: string): string {
  return [...Array(text.length).keys()].map((index) => text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')).join('');
}
