/**
 * What every exported PDF gets after the browser has printed it, whichever browser did
 * (Chromium under Playwright for the CLI, Electron's printToPDF in the app): metadata and
 * bookmarks, from the deck and the list of printed pages.
 */
import { PDFDocument } from 'pdf-lib';
import type { Deck } from '../shared/deck.ts';
import type { PrintPage } from '../shared/print-pages.ts';
import { addOutline, type OutlineEntry } from './outline.ts';

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
  pdf.setTitle(deck.title, { showInWindowTitleBar: true });
  pdf.setAuthor(deck.author);
  pdf.setSubject('North Korean defectors forcibly returned from China: an op-ed, presented in full.');
  pdf.setKeywords(['North Korea', 'defectors', 'forced repatriation', 'non-refoulement', 'human rights', 'China']);
  pdf.setCreator('Forced Repatriation deck');
  pdf.setProducer('Forced Repatriation deck (Chromium, pdf-lib)');
  pdf.setLanguage('en');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
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
