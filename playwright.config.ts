import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium.ts';
import { feedbackSite, port } from './tests/support/servers.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  // The golden files (what the virtual screen reader says, and accessibility trees) live in tests/e2e/fixtures/ and
  // are rewritten by `--update-snapshots=all`. An accessibility tree must match in full, so an added element fails too.
  snapshotPathTemplate: '{testDir}/fixtures/{arg}{ext}',
  expect: { toMatchAriaSnapshot: { pathTemplate: '{testDir}/fixtures/aria/{arg}{ext}', children: 'deep-equal' } },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions,
  },
  webServer: [
    {
      // Served from dist by Debian's nginx with the repository's configuration, the server readers actually meet;
      // search also needs the built index. `npm test` builds first. SIGTERM lets nginx stop and clean up.
      // The Node that runs Playwright (24, from node_modules) also runs the TypeScript wrapper.
      command: `"${process.execPath}" tests/support/serve-nginx.ts ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
    },
    {
      // The same dist/ as nginx serves it with the feedback service: each page that asks the question in its version
      // with the service, and /api/feedback proxied to the real service.
      command: `"${process.execPath}" tests/support/serve-feedback.ts`,
      url: `http://127.0.0.1:${feedbackSite.port}/`,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
      env: { PORT_E2E: String(port) },
    },
  ],
});
