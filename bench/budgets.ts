/**
 * The budgets (bench/budgets.json) and the one pure check of figures against them. A budget
 * whose figure was not measured (a run with --only) is reported as such, never as a pass; a
 * budget in another unit than its figure is a mistake in the file, and says so.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Measurement } from './figures.ts';

const budgetSchema = z.strictObject({
  figure: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'a figure is named <measurement>.<figure id>'),
  max: z.number(),
  unit: z.string(),
  why: z.string(),
});
const budgetFileSchema = z.strictObject({ $comment: z.string().optional(), budgets: z.array(budgetSchema) });

export type Budget = z.infer<typeof budgetSchema>;

export type Verdict = 'pass' | 'fail' | 'not measured' | 'unit mismatch';

export interface BudgetResult extends Budget {
  value: number | null;
  verdict: Verdict;
}

export const BUDGETS_FILE = new URL('./budgets.json', import.meta.url);

export function parseBudgets(text: string): Budget[] {
  return budgetFileSchema.parse(JSON.parse(text)).budgets;
}

export function loadBudgets(file: URL | string = BUDGETS_FILE): Budget[] {
  return parseBudgets(readFileSync(file, 'utf8'));
}

/** Each budget against its figure: at most `max`, in the same unit. */
export function checkBudgets(budgets: readonly Budget[], measurements: readonly Measurement[]): BudgetResult[] {
  return budgets.map((budget) => {
    const [name, id] = budget.figure.split('.') as [string, string];
    const found = measurements.find((measurement) => measurement.name === name)?.figures.find((entry) => entry.id === id);
    if (!found || !Number.isFinite(found.value)) return { ...budget, value: found ? found.value : null, verdict: found ? 'fail' : 'not measured' };
    if (found.unit !== budget.unit) return { ...budget, value: found.value, verdict: 'unit mismatch' };
    return { ...budget, value: found.value, verdict: found.value <= budget.max ? 'pass' : 'fail' };
  });
}
