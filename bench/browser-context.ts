/**
 * A browser context for one measurement. tsx compiles the bench with esbuild's keepNames,
 * which wraps named functions in a `__name(...)` helper, and functions handed to
 * page.evaluate carry that call into the page, where no helper exists: each context gets a
 * stand-in before any page script runs.
 */
import type { Browser, BrowserContext, BrowserContextOptions } from '@playwright/test';

export async function newBenchContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((target) => target);' });
  return context;
}
