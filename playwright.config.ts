import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './src/export/browser.ts';

// E2E_PORT lets a second checkout run its suite beside this one.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  // Two spec files at a time, one per core: most of a spec's time is waiting for animations to
  // settle, and the suite passes on a machine loaded three times over (tests wait for states, never
  // for a time). Tests inside a file stay in order, sharing their page and servers.
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 120_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'web',
      testMatch: 'web/**/*.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1600, height: 900 },
        launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
      },
    },
    {
      // Weeks at an exhibition, compressed (200 kiosk loops, ~6 min): `npm run test:endurance` and the
      // bench run it; `npm test` runs the short trend check in web/short-endurance.spec.ts.
      name: 'endurance',
      testMatch: 'endurance/**/*.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1600, height: 900 },
        launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
      },
    },
    {
      // The PDF export as a user runs it: a node process that drives its own browser.
      name: 'export',
      testMatch: 'export/**/*.spec.ts',
    },
    {
      name: 'electron',
      testMatch: 'electron/**/*.spec.ts',
    },
  ],
  // The very build Electron loads (dist/renderer), served as static files.
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
