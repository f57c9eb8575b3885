// Playwright's webServer for the feedback build: `node tests/support/serve-feedback.ts`. Builds dist-feedback/ unless
// `npm test` already built it from the current files (build-feedback.ts), then starts the feedback service on a fresh
// database and nginx in front of it, as in production; stops both on SIGTERM.
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { feedbackBuild } from './servers.ts';
import { startService } from './feedback-service.ts';
import { startNginx } from './nginx.ts';
import { ensureFeedbackBuild } from './build-feedback.ts';

await ensureFeedbackBuild();

rmSync(dirname(feedbackBuild.database), { recursive: true, force: true });
const service = await startService({
  port: feedbackBuild.servicePort,
  database: feedbackBuild.database,
  siteDir: resolve(feedbackBuild.outDir),
  serveSite: false,
});
const nginx = await startNginx({
  port: feedbackBuild.port,
  root: resolve(feedbackBuild.outDir),
  feedbackService: `127.0.0.1:${feedbackBuild.servicePort}`,
});
console.log(`nginx serves ${feedbackBuild.outDir}/ on ${nginx.url}, /api/feedback proxied to ${service.url}`);

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
