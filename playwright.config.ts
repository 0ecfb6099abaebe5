import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './test/e2e',
  testMatch: /.*\.spec\.ts$/,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  outputDir: './test-results',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
});
