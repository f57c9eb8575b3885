// Playwright's webServer for the site with the feedback service: `node tests/support/serve-feedback.ts`. Starts the
// feedback service on a fresh database and nginx in front of it, serving dist/ as in production, where each page
// that asks the question has its version with the service; stops both on SIGTERM.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { distDir } from './dist.ts';
import { feedbackSite } from './servers.ts';
import { startService } from './feedback-service.ts';
import { startNginx } from './nginx.ts';

rmSync(dirname(feedbackSite.database), { recursive: true, force: true });
const service = await startService({
  port: feedbackSite.servicePort,
  database: feedbackSite.database,
  siteDir: distDir,
  serveSite: false,
});
const nginx = await startNginx({
  port: feedbackSite.port,
  root: distDir,
  feedbackService: `127.0.0.1:${feedbackSite.servicePort}`,
});
console.log(`nginx serves dist/ with the feedback service on ${nginx.url}, /api/feedback proxied to ${service.url}`);

let stopping = false;
async function stop() {
  stopping = true;
  await nginx.stop();
  await service.stop();
  process.exit(0);
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void stop());
void service.exited.then(() => {
  if (!stopping) console.error(`The feedback service stopped:\n${service.log()}`);
});
process.exitCode = (await nginx.exited) ?? 1;
