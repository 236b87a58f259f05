/**
 * What the PDF pipeline (print-to-pdf.ts) asks of a browser: load the print view, tell what
 * it says about itself, print it. Playwright's Chromium does it for the command line
 * (export/export-pdf.ts), Electron's own Chromium for the app (main/pdf-export.ts).
 */

/** What the print view says about itself on `<html>` and its `[data-print-manifest]`. */
export interface PrintViewState {
  /** `<html data-print-ready>`: every page is laid out and settled. */
  ready: boolean;
  /** `<html data-print-laid-out>`: how many pages are laid out so far. */
  laidOut: number;
  /** The manifest's JSON (the deck and its pages), null until the view has rendered it. */
  manifest: string | null;
}

/** One expression both drivers evaluate in the page, so both read the print view alike. */
export const PRINT_VIEW_STATE_SCRIPT = `({
  ready: document.documentElement.hasAttribute('data-print-ready'),
  laidOut: Number(document.documentElement.dataset.printLaidOut ?? 0),
  manifest: document.querySelector('[data-print-manifest]')?.getAttribute('data-print-manifest') ?? null,
})`;

/** The print's paper: one 1920x1080 CSS-pixel page per print page, no margins, backgrounds printed, tagged. */
export const PRINT_PAGE = { widthPx: 1920, heightPx: 1080 } as const;

export interface PrintDriver {
  /** Starts what it needs (a browser, a hidden window) and loads `url`; resolves once the page is loading. */
  open(url: string, timeoutMs: number): Promise<void>;
  /** The print view's state: PRINT_VIEW_STATE_SCRIPT evaluated in the page. */
  readState(): Promise<PrintViewState>;
  /** The first error the page threw, where the driver can see them. */
  pageError?(): string | null;
  /** The page printed as PRINT_PAGE says: the PDF's bytes. */
  print(): Promise<Uint8Array>;
  /** Releases what open() made. Called once, whatever happened, and never throws. */
  close(): Promise<void>;
}
