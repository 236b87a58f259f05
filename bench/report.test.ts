import { describe, expect, it } from 'vitest';
import { checkBudgets } from './budgets.ts';
import { figure, type Measurement } from './figures.ts';
import { formatTable, type BenchReport } from './report.ts';

const machine = { cpuModel: 'cpu', cores: 2, memoryGB: 8, os: 'linux', chromium: '1', chromiumPath: '/usr/bin/chromium', node: 'v20', loadAverage: [0, 0, 0], date: '2026-11-29' };

function report(measurements: Measurement[]): BenchReport {
  const budgets = checkBudgets(
    [
      { figure: 'first-scene.median', max: 250, unit: 'ms', why: '' },
      { figure: 'pdf.scenes-seconds', max: 3, unit: 's', why: '' },
    ],
    measurements,
  );
  return { machine, options: { quick: false, only: null }, measurements, budgets, failures: [] };
}

describe('formatTable', () => {
  const measured: Measurement = {
    name: 'first-scene',
    title: 'First scene',
    method: '',
    figures: [figure('median', 'median of 7 cold loads', 251.04, 'ms'), figure('drift', 'drift', -0.04, 'ms')],
  };

  it('prints each figure to one decimal with its budget and verdict', () => {
    const table = formatTable(report([measured]));
    expect(table).toMatch(/First scene\s+median of 7 cold loads\s+251\.0\s+ms\s+≤ 250\.0 ms\s+FAIL/);
    expect(table).toMatch(/drift\s+0\.0\s+ms/);
  });

  it('lists the budgets a run did not measure, and counts only those it did', () => {
    const table = formatTable(report([measured]));
    expect(table).toContain('budgets not measured in this run: pdf.scenes-seconds');
    expect(table).toContain('budgets: 0 of 1 within budget');
  });
});
