// Playwright's webServer: `node tests/support/serve-nginx.ts <port>`. Stops nginx and its temporary folder on SIGTERM.
import { parseArgs } from 'node:util';
import { startNginx } from './nginx.ts';

const [port = '4330'] = parseArgs({ allowPositionals: true }).positionals;
const nginx = await startNginx({ port: Number(port) });
console.log(`nginx serves dist/ on ${nginx.url}`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => void nginx.stop().then(() => process.exit(0)));
}
process.exitCode = (await nginx.exited) ?? 1;
