// `npm start`: builds the site, then serves dist/ and the feedback service from one Node process (src/feedback/server.ts)
// on http://localhost:4321, each page in its version with the service (the same build nginx serves, see app.ts).
import { spawnSync } from 'node:child_process';

const build = spawnSync(process.execPath, ['src/cli/build.ts'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
await import('./server.ts');
