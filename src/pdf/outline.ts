/**
 * PDF bookmarks (an outline) with pdf-lib, which has no API for them: the outline
 * dictionaries are written by hand, per the PDF specification (ISO 32000-1, 12.3.3).
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  /** 0-based page the bookmark opens. */
  page: number;
  children?: OutlineEntry[];
}

export function addOutline(pdf: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const context = pdf.context;
  const pages = pdf.getPages();
  const rootRef = context.nextRef();

  const writeLevel = (items: readonly OutlineEntry[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = items.map(() => context.nextRef());
    let count = items.length;
    items.forEach((item, index) => {
      const page = pages[Math.min(item.page, pages.length - 1)]!;
      const dict = context.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]) as PDFArray);
      if (index > 0) dict.set(PDFName.of('Prev'), refs[index - 1]!);
      if (index < items.length - 1) dict.set(PDFName.of('Next'), refs[index + 1]!);
      if (item.children && item.children.length > 0) {
        const child = writeLevel(item.children, refs[index]!);
        dict.set(PDFName.of('First'), child.first);
        dict.set(PDFName.of('Last'), child.last);
        // Negative: the scene's steps start folded.
        dict.set(PDFName.of('Count'), PDFNumber.of(-child.count));
      }
      context.assign(refs[index]!, dict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, count };
  };

  const top = writeLevel(entries, rootRef);
  const root = context.obj({}) as PDFDict;
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), top.first);
  root.set(PDFName.of('Last'), top.last);
  root.set(PDFName.of('Count'), PDFNumber.of(top.count));
  context.assign(rootRef, root);
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
