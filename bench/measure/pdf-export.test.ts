import { describe, expect, it } from 'vitest';
import { readExportSummary } from './pdf-export.ts';

describe('readExportSummary', () => {
  it('reads the pages and the seconds from the export command’s last line', () => {
    const stdout = 'Laying out page 16 of 16\nPrinting…\nWriting…\nWrote /tmp/a b: c.pdf: 16 pages, 244 KB, in 1.5 s\n';
    expect(readExportSummary(stdout)).toEqual({ pages: 16, seconds: 1.5 });
  });

  it('gives NaN for what a process did not say (reveal.js’s export says nothing)', () => {
    const summary = readExportSummary('');
    expect(summary.pages).toBeNaN();
    expect(summary.seconds).toBeNaN();
  });
});
