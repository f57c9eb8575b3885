// The ports of the test servers: nginx serving dist/ as a static host would, and nginx serving the same dist/ with the
// feedback service. PORT_E2E moves them all.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FEEDBACK_SERVICE_PATH } from '../../src/lib/feedback.ts';

export const port = Number(process.env.PORT_E2E ?? 4330);

/**
 * dist/ served by nginx as in production, with the feedback service: each page in its version with the service
 * (index.feedback.html where the build wrote one), /api/feedback proxied to the real service with its own database.
 */
export const feedbackSite = {
  port: port + 1,
  servicePort: port + 2,
  endpoint: FEEDBACK_SERVICE_PATH,
  database: join(tmpdir(), `stod-feedback-e2e-${port}`, 'feedback.sqlite'),
};

/** `npm run edit` on a copy of the project, for the editor tests; the copy's folder is written to fixtureFile. */
export const editorServer = {
  port: port + 9,
  fixtureFile: join(tmpdir(), `stod-editor-${port}.txt`),
};

/**
 * The servers of the Firefox and WebKit journeys (tests/engines/), which run beside Playwright's: their own nginx for
 * dist/, their own nginx with the feedback service and the service, and for WebKit the WebDriver's port, all in PORT_E2E's block.
 */
export function engineServers(engine: 'firefox' | 'webkit') {
  const base = port + (engine === 'firefox' ? 20 : 30);
  return {
    port: base,
    /** Serves a copy of one page with a CSP hash removed: the break each engine must see. */
    brokenPort: base + 1,
    feedbackPort: base + 2,
    feedbackServicePort: base + 3,
    feedbackDatabase: join(tmpdir(), `stod-feedback-${engine}-${port}`, 'feedback.sqlite'),
    webDriverPort: port + 50,
  };
}
