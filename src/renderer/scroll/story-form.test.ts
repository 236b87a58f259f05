import { describe, expect, it } from 'vitest';
import { readsAsArticle } from './story-form';

describe('how the scroll story is told in a window', () => {
  it('is a story at 720 px wide and wider, with any pointer', () => {
    expect(readsAsArticle({ width: 720, height: 400, coarsePointer: false })).toBe(false);
    expect(readsAsArticle({ width: 1280, height: 800, coarsePointer: false })).toBe(false);
    expect(readsAsArticle({ width: 768, height: 1024, coarsePointer: true })).toBe(false);
    expect(readsAsArticle({ width: 844, height: 390, coarsePointer: true })).toBe(false);
  });

  it('is a story on a phone held upright', () => {
    expect(readsAsArticle({ width: 390, height: 844, coarsePointer: true })).toBe(false);
    expect(readsAsArticle({ width: 412, height: 915, coarsePointer: true })).toBe(false);
    expect(readsAsArticle({ width: 320, height: 568, coarsePointer: true })).toBe(false);
  });

  it('reflows as an article in a narrow or zoomed desktop window', () => {
    expect(readsAsArticle({ width: 640, height: 400, coarsePointer: false })).toBe(true); // 1280x800 at 200%
    expect(readsAsArticle({ width: 320, height: 200, coarsePointer: false })).toBe(true); // at 400%
    expect(readsAsArticle({ width: 500, height: 900, coarsePointer: false })).toBe(true); // a narrow window
    expect(readsAsArticle({ width: 719, height: 1000, coarsePointer: false })).toBe(true);
  });

  it('reflows on a phone whose text is enlarged below 320 px, or turned on its side below 720 px', () => {
    expect(readsAsArticle({ width: 195, height: 422, coarsePointer: true })).toBe(true);
    expect(readsAsArticle({ width: 319, height: 700, coarsePointer: true })).toBe(true);
    expect(readsAsArticle({ width: 667, height: 375, coarsePointer: true })).toBe(true);
  });
});
