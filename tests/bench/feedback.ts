// `npm run bench:feedback` (builds first when dist/ is empty): autocannon posts answers through Debian's nginx to the feedback service on
// loopback, bounded in time, and then counts what the database holds. Not part of `npm test`: figures depend on the
// machine. Two runs: as many answers as the service will take (rate limit lifted, since every request comes from one
// address here), then the real limit, where everything past it must be a deliberate 429.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSitePages } from '../../src/feedback/pages.ts';
import { readConfig } from '../../src/feedback/config.ts';
import { removeFolder, startService, storedAnswers, tempFolder } from '../support/feedback-service.ts';
import { buildIfMissing, distDir } from '../support/dist.ts';
import { startNginx } from '../support/nginx.ts';

const port = Number(process.env.PORT_BENCH ?? 4338);
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

buildIfMissing();
const pages = [...readSitePages(distDir).keys()];
// Every page, both answers, in turn: as many different rows as the site has.
const requests = pages.flatMap((page) =>
  (['ja', 'nej'] as const).map((answer) => ({
    method: 'POST' as const,
    path: '/api/feedback',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ page, answer }),
  })),
);

/** CPU seconds a process has used (user + system), from /proc: what the service costs, whatever else runs. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function run(name: string, rateLimit: number, seconds: number) {
  const dir = tempFolder('bench');
  const database = join(dir, 'feedback.sqlite');
  const service = await startService({ port: port + 1, database, siteDir: distDir, rateLimit, serveSite: false });
  const nginx = await startNginx({
    port,
    feedbackService: `127.0.0.1:${port + 1}`,
    httpDirectives: ['keepalive_requests 1000000'],
  });
  try {
    const cpuBefore = cpuSeconds(service.child.pid!);
    const result = await autocannon({ url: nginx.url, connections, duration: seconds, requests });
    const cpu = cpuSeconds(service.child.pid!) - cpuBefore;
    const stored = storedAnswers(database).answers;
    const tooMany = result.statusCodeStats?.['429']?.count ?? 0;
    return {
      run: name,
      'req/s (mean)': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p90 ms': result.latency.p90,
      'p99 ms': result.latency.p99,
      'max ms': result.latency.max,
      '2xx': result['2xx'],
      'deliberate 429': tooMany,
      'other non-2xx': result.non2xx - tooMany,
      errors: result.errors,
      timeouts: result.timeouts,
      stored,
      'stored/s': Math.round(stored / seconds),
      'service CPU ms/request': +((cpu * 1000) / (result.requests.total || 1)).toFixed(2),
      // autocannon stops counting at the end of the run; answers in flight then are stored but not counted.
      'every 2xx stored': stored >= result['2xx'] && stored <= result['2xx'] + connections,
    };
  } finally {
    await nginx.stop();
    await service.stop();
    removeFolder(dir);
  }
}

console.log(
  `autocannon: ${connections} connections, POST /api/feedback through nginx on 127.0.0.1:${port} to the service on :${port + 1}`,
);
console.log(
  `${requests.length} different answers (${pages.length} pages × ja/nej), each a JSON body of about 40 bytes\n`,
);
const rows = [
  await run(`${duration} s, no limit`, 1_000_000_000, duration),
  await run(`3 s, limit ${readConfig({}).rateLimit}/min`, readConfig({}).rateLimit, 3),
];
console.table(rows);
const failed = rows.filter((row) => row.errors || row.timeouts || row['other non-2xx'] || !row['every 2xx stored']);
if (failed.length) {
  console.error(`Fel under lasttestet: ${failed.map((row) => row.run).join(', ')}`);
  process.exitCode = 1;
}
