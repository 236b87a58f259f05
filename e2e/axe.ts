/** axe-core on a page, for WCAG 2.2 A and AA: each violation as one line naming its rule and where. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function violations(page: Page): Promise<string[]> {
  // Legacy mode runs axe.run() in the page itself, with the same rules and results, instead of
  // finishing every run in a blank page of its own (twice the time). What it gives up is
  // cross-origin frames, which the app cannot have: its CSP says frame-src 'none'.
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
  return results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
