// `npm start`: builds the site with its feedback question posting to /api/feedback on the same origin, then serves
// dist/ and the feedback service from one Node process (src/feedback/server.ts) on http://localhost:4321.
import { spawnSync } from 'node:child_process';
import { FEEDBACK_SERVICE_PATH } from '../lib/feedback.ts';

const build = spawnSync(process.execPath, ['src/cli/build.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FEEDBACK_ENDPOINT: process.env.FEEDBACK_ENDPOINT || FEEDBACK_SERVICE_PATH },
});
if (build.status !== 0) process.exit(build.status ?? 1);
await import('./server.ts');
