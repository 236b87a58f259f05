/**
 * A printed page's content stream as text, and back: what the PDF's finishing steps that edit
 * content (repair-text-map.ts, artifacts.ts) read and write. Latin-1 both ways, so every byte
 * survives the round trip.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument, type PDFPage } from 'pdf-lib';

/** The page's content as text (one stream, or an array of them joined), null if any part is not a plain stream. */
export function contentOf(page: PDFPage): string | null {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((item) => page.doc.context.lookup(item)) : [contents];
  if (!streams.every((stream) => stream instanceof PDFRawStream)) return null;
  return streams.map((stream) => streamText(stream as PDFRawStream)).join('\n');
}

export function setContent(pdf: PDFDocument, page: PDFPage, content: string): void {
  replaceStream(pdf, page.node, 'Contents', flateStream(pdf, content));
}

/**
 * A stream of these bytes, Flate-compressed by Node's zlib. pdf-lib's own (`context.flateStream`,
 * pako in JavaScript) spent ~165 ms of a deck's export compressing the pages' edited content.
 */
export function flateStream(pdf: PDFDocument, content: Uint8Array | string): PDFRawStream {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'latin1') : content;
  return pdf.context.stream(deflateSync(bytes), { Filter: 'FlateDecode' });
}

export function streamText(stream: PDFRawStream): string {
  // Chromium writes plain Flate streams: Node's zlib reads those; anything else, pdf-lib's decoders.
  const plainFlate = stream.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'));
  const bytes = plainFlate ? inflateSync(stream.contents) : decodePDFRawStream(stream).decode();
  return Buffer.from(bytes).toString('latin1');
}

/**
 * The pages' content as the finishing steps edit it, each page's read once and written once
 * however many steps edit it (a read inflates a stream, a write deflates one): steps `get` and
 * `set`, and `write` puts the edited pages back.
 */
export class PageContents {
  readonly #pdf: PDFDocument;
  readonly #contents = new Map<PDFPage, string | null>();
  readonly #edited = new Set<PDFPage>();

  constructor(pdf: PDFDocument) {
    this.#pdf = pdf;
  }

  /** The page's content as text (edits so far included), null if it is not plain streams. */
  get(page: PDFPage): string | null {
    if (!this.#contents.has(page)) this.#contents.set(page, contentOf(page));
    return this.#contents.get(page)!;
  }

  set(page: PDFPage, content: string): void {
    if (content === this.get(page)) return;
    this.#contents.set(page, content);
    this.#edited.add(page);
  }

  /** Writes each edited page's content into the PDF, once. */
  write(): void {
    for (const page of this.#edited) setContent(this.#pdf, page, this.#contents.get(page)!);
    this.#edited.clear();
  }
}

/** Points `key` of `dict` at a new stream, deleting the old one so the file does not carry both. */
export function replaceStream(pdf: PDFDocument, dict: PDFDict, key: string, stream: PDFRawStream): void {
  const old = dict.get(PDFName.of(key));
  const oldArray = old instanceof PDFRef ? pdf.context.lookup(old) : old;
  const stale = [old, ...(oldArray instanceof PDFArray ? oldArray.asArray() : [])].filter((item) => item instanceof PDFRef);
  dict.set(PDFName.of(key), pdf.context.register(stream));
  for (const ref of stale) pdf.context.delete(ref);
}
