import { describe, expect, it } from 'vitest';
import { checkBudgets, loadBudgets, parseBudgets, type Budget } from './budgets.ts';
import { figure, type Measurement } from './figures.ts';

const measured = (name: string, ...figures: ReturnType<typeof figure>[]): Measurement => ({ name, title: name, method: '', figures });
const budget = (name: string, max: number, unit: string): Budget => ({ figure: name, max, unit, why: '' });

describe('checkBudgets', () => {
  it('passes a figure at or under its budget and fails one over it', () => {
    const results = checkBudgets(
      [budget('transitions.p95-1x', 16.7, 'ms'), budget('first-scene.median', 250, 'ms')],
      [measured('transitions', figure('p95-1x', 'p95 at 1x', 16.7, 'ms')), measured('first-scene', figure('median', 'median', 250.4, 'ms'))],
    );
    expect(results.map((result) => [result.figure, result.value, result.verdict])).toEqual([
      ['transitions.p95-1x', 16.7, 'pass'],
      ['first-scene.median', 250.4, 'fail'],
    ]);
  });

  it('says a budget was not measured rather than passing it', () => {
    expect(checkBudgets([budget('pdf.scenes-seconds', 3, 's')], [])[0]).toMatchObject({ value: null, verdict: 'not measured' });
  });

  it('fails a figure that could not be taken (NaN)', () => {
    expect(checkBudgets([budget('transitions.p95-1x', 16.7, 'ms')], [measured('transitions', figure('p95-1x', '', Number.NaN, 'ms'))])[0]!.verdict).toBe('fail');
  });

  it('refuses to compare figures in different units', () => {
    expect(checkBudgets([budget('bundle.js-gzip', 150, 'KB')], [measured('bundle', figure('js-gzip', '', 140_000, 'B'))])[0]!.verdict).toBe('unit mismatch');
  });

  it('counts zero as within a budget of zero', () => {
    expect(checkBudgets([budget('transitions.long-frames-4x', 0, 'frames')], [measured('transitions', figure('long-frames-4x', '', 0, 'frames'))])[0]!.verdict).toBe('pass');
  });
});

describe('the budgets file', () => {
  it('is valid and names each figure once', () => {
    const budgets = loadBudgets();
    expect(budgets.length).toBeGreaterThan(0);
    expect(new Set(budgets.map((entry) => entry.figure)).size).toBe(budgets.length);
  });

  it('rejects a figure that is not <measurement>.<figure id>, and unknown keys', () => {
    expect(() => parseBudgets('{"budgets":[{"figure":"p95","max":1,"unit":"ms","why":""}]}')).toThrow();
    expect(() => parseBudgets('{"budgets":[{"figure":"a.b","max":1,"unit":"ms","why":"","maxx":2}]}')).toThrow();
  });
});
