import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.ts';

/** The built site is served here for the tests (see scripts/serve.ts). */
const port = Number(process.env.TEST_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/site',
  // One worker per core, at least two (Playwright's default is half the cores: one on these
  // two-core machines). Both cores stay busy for the whole suite here, so a machine with more
  // cores is what would make it shorter.
  workers: Math.max(2, availableParallelism()),
  fullyParallel: true,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/site.json' }]],
  outputDir: 'test-results/playwright',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'ja-JP',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    // The site the tests read: dist/, or the one SITE_DIST names (scripts/test.ts).
    command: `node scripts/serve.ts --port ${port} --root ${process.env.SITE_DIST ?? 'dist'}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
