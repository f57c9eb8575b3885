// The editor's tests: Keystatic's forms (npm run edit) on a copy of the project, in Debian's headless Chromium.
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { editorServer } from '../support/servers.ts';

export default defineConfig({
  testDir: '.',
  // A folder of its own: each Playwright run empties its output folder when it starts, and the e2e suite's is
  // test-results/, so a trace of the editor's written there could vanish while the editor's test was still running.
  outputDir: '../../test-results-editor',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 240_000,
  // One more try for a test that fails: under a loaded machine (npm test's other lane builds the site meanwhile) about
  // one run in ten lost a test to the editor not answering (a save, or a click that never found its button), never
  // alone. The list reporter says "flaky" when a retry passes; the tests put back the files they change first.
  retries: 1,
  expect: { timeout: 30_000 },
  use: {
    baseURL: `http://127.0.0.1:${editorServer.port}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 900 },
    // A hang in the editor is rare and timing-bound; the trace shows what the page did (npx playwright show-trace).
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `"${process.execPath}" tests/support/serve-editor.ts`,
    cwd: new URL('../..', import.meta.url).pathname,
    // The preview's page is built on first request: asking for it here keeps that time out of the tests.
    url: `http://127.0.0.1:${editorServer.port}/polisanmalan/`,
    reuseExistingServer: false,
    timeout: 180_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
  },
});
