import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.ts';

/** The feature names in the `disabledFeatures = [...]` array of the installed Playwright's source. */
function installedPlaywrightDisabledFeatures(): string[] {
  const require = createRequire(import.meta.url);
  const source = readFileSync(join(dirname(require.resolve('playwright-core/package.json')), 'lib', 'coreBundle.js'), 'utf8');
  const list = /disabledFeatures = \[([\s\S]*?)\]/.exec(source)?.[1];
  if (list === undefined) throw new Error('playwright-core no longer has a `disabledFeatures = [...]` list: look up how it disables features now');
  return [...list.matchAll(/^\s*"([^"]+)"/gm)].map(([, feature]) => feature ?? '');
}

describe('Chromium arguments', () => {
  it('carry every feature Playwright disables, since Chromium keeps only the last --disable-features', () => {
    const installed = installedPlaywrightDisabledFeatures();
    expect(installed.length).toBeGreaterThan(5);
    const ours = CHROMIUM_ARGS.filter((arg) => arg.startsWith('--disable-features='));
    expect(ours).toHaveLength(1);
    expect(ours.join('').slice('--disable-features='.length).split(',')).toEqual(expect.arrayContaining(installed));
  });

  it('keep headless Chromium from loading the address bar’s popup page', async () => {
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await browser.startTracing(page, { categories: ['devtools.timeline'] });
      await page.goto('data:text/html,<p>hello</p>');
      // The popup's requests, when it loads, come within a second of the window opening.
      await page.waitForTimeout(1500);
      const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents as { name: string; args?: { data?: { url?: string } } }[];
      const requested = events.filter((event) => event.name === 'ResourceSendRequest').map((event) => event.args?.data?.url ?? '');
      expect(requested.filter((url) => url.startsWith('chrome://'))).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 30_000);
});
