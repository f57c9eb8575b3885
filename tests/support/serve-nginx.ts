// Playwright's webServer: `node tests/support/serve-nginx.ts <port>`. Stops nginx and its temporary folder on SIGTERM.
import { startNginx } from './nginx.ts';

const port = Number(process.argv[2] ?? 4330);
const nginx = await startNginx({ port });
console.log(`nginx serves dist/ on ${nginx.url}`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => void nginx.stop().then(() => process.exit(0)));
}
process.exitCode = (await nginx.exited) ?? 1;
