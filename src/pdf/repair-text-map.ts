/**
 * Applies text-map.ts to a printed PDF: each glyph named in its font's ToUnicode map by the
 * character the page drew it for (the article's ’, not U+02BC), and the ActualText spans that
 * said so instead removed. Pages drawn in a form the reader does not follow are left alone.
 */
import { PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument, type PDFPage } from 'pdf-lib';
import { flateStream, replaceStream, streamText, type PageContents } from './page-content.ts';
import { glyphUses, namesFromActualText, parseToUnicode, withoutNamedSpans, writeToUnicode, type GlyphUse } from './text-map.ts';

/** Repairs `pdf` in place (its pages' content through `contents`, written by the caller); returns how many glyphs were renamed. */
export function repairTextMap(pdf: PDFDocument, contents: PageContents): number {
  const pages = pdf.getPages().map((page) => ({ page, fonts: fontsOf(page), content: contents.get(page) }));
  const codeBytes = (ref: PDFRef | undefined): number | null => {
    const font = ref && pdf.context.lookupMaybe(ref, PDFDict);
    if (!font) return null;
    return font.get(PDFName.of('Subtype')) === PDFName.of('Type0') ? 2 : 1;
  };

  const uses: GlyphUse[] = [];
  const unreadable = new Set<string>();
  for (const { fonts, content } of pages) {
    const found = content === null ? null : glyphUses(content, (name) => codeBytes(fonts.get(name)));
    // A page this reader cannot follow may use any glyph: none of its fonts is renamed.
    if (found === null) fonts.forEach((ref) => unreadable.add(ref.toString()));
    else uses.push(...found.map((use) => ({ ...use, font: fonts.get(use.font)!.toString() })));
  }
  const names = namesFromActualText(uses.filter((use) => !unreadable.has(use.font)));

  let renamed = 0;
  const fontRefs = new Map(pages.flatMap(({ fonts }) => [...fonts.values()].map((ref) => [ref.toString(), ref] as const)));
  for (const [key, glyphs] of names) {
    const ref = fontRefs.get(key)!;
    const font = pdf.context.lookup(ref, PDFDict);
    const map = font.lookup(PDFName.of('ToUnicode'));
    if (!(map instanceof PDFRawStream)) {
      names.delete(key);
      continue;
    }
    const mapping = parseToUnicode(streamText(map));
    for (const [code, text] of glyphs) {
      if (mapping.get(code) !== text) renamed++;
      mapping.set(code, text);
    }
    replaceStream(pdf, font, 'ToUnicode', flateStream(pdf, writeToUnicode(mapping, codeBytes(ref)!)));
  }

  for (const { page, fonts, content } of pages) {
    if (content === null) continue;
    const repaired = withoutNamedSpans(
      content,
      (name, code) => names.get(fonts.get(name)?.toString() ?? '')?.has(code) ?? false,
      (name) => codeBytes(fonts.get(name)),
    );
    contents.set(page, repaired);
  }
  return renamed;
}

function fontsOf(page: PDFPage): Map<string, PDFRef> {
  const fonts = new Map<string, PDFRef>();
  const dict = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
  for (const [name, value] of dict?.entries() ?? []) if (value instanceof PDFRef) fonts.set(name.decodeText(), value);
  return fonts;
}
