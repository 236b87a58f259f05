/**
 * What every exported PDF gets after the browser has printed it, whichever browser did
 * (Chromium under Playwright for the CLI, Electron's printToPDF in the app): metadata (the
 * information dictionary and an XMP packet) and bookmarks, from the deck and the list of printed
 * pages, and its glyphs named by the characters they were drawn for (repair-text-map.ts).
 */
import { PDFDocument, PDFName } from 'pdf-lib';
import type { Deck } from '../shared/deck.ts';
import type { PrintPage } from '../shared/print-pages.ts';
import { markArtifacts } from './artifacts.ts';
import { addOutline, type OutlineEntry } from './outline.ts';
import { PageContents } from './page-content.ts';
import { repairTextMap } from './repair-text-map.ts';
import { xmpPacket } from './xmp.ts';

/** What the print view says it printed (its `data-print-manifest`). */
export interface PrintManifest {
  deck: Deck;
  pages: PrintPage[];
}

/** Reads a print manifest, checking the little finishing relies on. */
export function parsePrintManifest(json: string | null | undefined): PrintManifest {
  const manifest = JSON.parse(json ?? 'null') as PrintManifest | null;
  if (!manifest || typeof manifest.deck?.title !== 'string' || !Array.isArray(manifest.deck.scenes) || !Array.isArray(manifest.pages)) {
    throw new Error('the print view gave no usable manifest');
  }
  return manifest;
}

export interface FinishOptions {
  deck: Deck;
  pages: readonly PrintPage[];
  /** Fixed dates make exports reproducible in tests; default now. */
  date?: Date;
}

export async function finishPdf(printed: Uint8Array, options: FinishOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(printed, { updateMetadata: false });
  if (pdf.getPageCount() !== options.pages.length) {
    throw new Error(`the browser printed ${pdf.getPageCount()} pages where the print view has ${options.pages.length}`);
  }
  const { deck } = options;
  const date = options.date ?? new Date();
  const about = {
    title: deck.title,
    author: deck.author,
    subject: 'North Korean defectors forcibly returned from China: an op-ed, presented in full.',
    keywords: ['North Korea', 'defectors', 'forced repatriation', 'non-refoulement', 'human rights', 'China'],
    creatorTool: 'Forced Repatriation deck',
    producer: 'Forced Repatriation deck (Chromium, pdf-lib)',
    language: 'en',
    date,
  };
  pdf.setTitle(about.title, { showInWindowTitleBar: true });
  pdf.setAuthor(about.author);
  pdf.setSubject(about.subject);
  pdf.setKeywords(about.keywords);
  pdf.setCreator(about.creatorTool);
  pdf.setProducer(about.producer);
  pdf.setLanguage(about.language);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  // Uncompressed, as XMP is meant to be: a tool that knows nothing of PDF can still find it.
  const xmp = pdf.context.stream(new TextEncoder().encode(xmpPacket(about)), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(xmp));
  // Both edit the pages' content: read once, written once.
  const contents = new PageContents(pdf);
  repairTextMap(pdf, contents);
  markArtifacts(pdf, contents);
  contents.write();
  addOutline(pdf, outlineFor(deck, options.pages));
  return pdf.save();
}

/** One bookmark per scene, at its first page; with a page per step, one per step beneath it. */
export function outlineFor(deck: Deck, pages: readonly PrintPage[]): OutlineEntry[] {
  const entries: OutlineEntry[] = [{ title: deck.title, page: 0 }];
  deck.scenes.forEach((scene, sceneIndex) => {
    const stepPages = pages.flatMap((page, index) => (page.kind === 'step' && page.scene === sceneIndex ? [{ step: page.step, index }] : []));
    const handoutPage = pages.findIndex((page) => page.kind === 'handout' && page.scenes.includes(sceneIndex));
    const first = stepPages[0]?.index ?? handoutPage;
    if (first < 0) return;
    entries.push({
      title: `${sceneIndex}. ${scene.title}`,
      page: first,
      children: stepPages.length > 1 ? stepPages.map(({ step, index }) => ({ title: `Step ${step + 1}`, page: index })) : undefined,
    });
  });
  return entries;
}
