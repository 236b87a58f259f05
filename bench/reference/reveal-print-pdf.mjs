// @ts-check
/**
 * reveal.js's own PDF export of its deck, as one process, the yardstick for ours:
 *
 *   node bench/reference/reveal-print-pdf.mjs <deck's index.html> <out.pdf> '<{"executablePath","args"}>'
 *
 * What reveal.js documents as its PDF export (open the deck with `?print-pdf`, print to PDF),
 * done by a script as a user would: the same Chromium and arguments as our export (handed over by
 * the bench from src/export/browser.ts, so one list decides both), the deck opened from its file,
 * a wait for reveal.js's `pdf-ready` with the fonts loaded, `page.pdf()` at reveal.js's own page
 * size, then exit. Plain JavaScript that node runs as it is, and the lean playwright-core rather
 * than the test runner, so the yardstick pays no start-up of ours.
 */
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [deckIndex, out, browserJson] = process.argv.slice(2);
if (!deckIndex || !out || !browserJson) {
  console.error('usage: node reveal-print-pdf.mjs <deck index.html> <out.pdf> <{"executablePath","args"} as JSON>');
  process.exit(2);
}
/** @type {{ executablePath?: string, args: string[] }} */
const { executablePath, args } = JSON.parse(browserJson);

const browser = await chromium.launch({ executablePath, args });
try {
  const page = await browser.newPage();
  await page.goto(`${pathToFileURL(deckIndex).href}?print-pdf`, { waitUntil: 'commit' });
  await page.waitForSelector('html[data-pdf-ready]', { state: 'attached', timeout: 30_000 });
  await page.pdf({ path: out, printBackground: true, preferCSSPageSize: true });
} finally {
  await browser.close();
}
