import { defineConfig } from '@playwright/test';

/**
 * The end-to-end scenarios run once per browser: every test in test/e2e runs in the "chromium" project
 * (Debian's Chromium through Playwright) and in the "firefox" project (Firefox ESR through puppeteer-core
 * over WebDriver BiDi). Neither uses Playwright's own browsers: test/e2e/fixtures.ts launches them.
 */
export default defineConfig({
  testDir: './test/e2e',
  testMatch: /.*\.spec\.ts$/,
  // Ceilings, not budgets: tests wait for events and poll for states, and pass as soon as they hold, so
  // generous ceilings only matter on a slow or busy machine (a cold Firefox takes 2-3 s to start).
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  outputDir: './test-results',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' } },
    { name: 'firefox', use: { browserName: 'firefox' } },
  ],
});
