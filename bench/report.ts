/**
 * What a bench run leaves: a table on the terminal (every figure to one decimal, with its
 * budget and PASS or FAIL where it has one) and a JSON file with the machine it ran on, so
 * figures from different machines are never compared unknowingly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BudgetResult } from './budgets.ts';
import type { Measurement } from './figures.ts';
import type { Machine } from './machine.ts';

export interface BenchReport {
  machine: Machine;
  options: { quick: boolean; only: string[] | null };
  measurements: Measurement[];
  budgets: BudgetResult[];
  failures: { measurement: string; error: string }[];
}

/** One decimal, and no "-0.0" for a figure that rounds to nothing. */
const oneDecimal = (value: number) => (value.toFixed(1) === '-0.0' ? '0.0' : value.toFixed(1));

const VERDICT: Record<BudgetResult['verdict'], string> = { pass: 'PASS', fail: 'FAIL', 'not measured': 'not measured', 'unit mismatch': 'UNIT MISMATCH' };

export function formatTable(report: BenchReport): string {
  const rows: string[][] = [['measurement', 'figure', 'value', '', 'budget', '']];
  for (const measurement of report.measurements) {
    for (const entry of measurement.figures) {
      const budget = report.budgets.find((candidate) => candidate.figure === `${measurement.name}.${entry.id}`);
      rows.push([
        measurement.title,
        entry.label,
        oneDecimal(entry.value),
        entry.unit,
        budget ? `≤ ${oneDecimal(budget.max)} ${budget.unit}` : '',
        budget ? VERDICT[budget.verdict] : '',
      ]);
    }
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  const table = [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)];
  const unmeasured = report.budgets.filter((budget) => budget.verdict === 'not measured').map((budget) => budget.figure);
  if (unmeasured.length) table.push('', `budgets not measured in this run: ${unmeasured.join(', ')}`);
  for (const failure of report.failures) table.push('', `${failure.measurement} could not be measured: ${failure.error}`);
  const passed = report.budgets.filter((budget) => budget.verdict === 'pass').length;
  const checked = report.budgets.filter((budget) => budget.verdict !== 'not measured').length;
  table.push('', `budgets: ${passed} of ${checked} within budget${report.options.quick ? ' (a --quick run: small counts, figures indicative only)' : ''}`);
  return table.join('\n');
}

export function formatMachine(machine: Machine): string {
  return `${machine.cpuModel} x${machine.cores}, ${machine.memoryGB.toFixed(1)} GB, ${machine.os}; Chromium ${machine.chromium}, Node ${machine.node}; load ${machine.loadAverage.map((load) => load.toFixed(2)).join(' ')}; ${machine.date}`;
}

export function writeReport(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
