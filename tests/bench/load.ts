// `npm run bench:load` (builds first when dist/ is empty): a bounded autocannon run against Debian's nginx on loopback, serving
// dist/ with the repository's configuration. Not part of `npm test`: figures depend on the machine.
import autocannon from 'autocannon';
import { readFile } from 'node:fs/promises';
import { startNginx } from '../support/nginx.ts';
import { buildIfMissing, distDir, builtFile } from '../support/dist.ts';

const port = Number(process.env.PORT_BENCH ?? 4331);
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

buildIfMissing();

// What a browser fetches for one search: Pagefind's script, entry, Wasm, metadata, one index chunk and a fragment.
const entry = JSON.parse(await readFile(`${distDir}/pagefind/pagefind-entry.json`, 'utf8')) as {
  languages: Record<string, { hash: string; wasm: string }>;
};
const sv = entry.languages['sv']!;
const targets: { name: string; paths: string[] }[] = [
  { name: 'Startsidan /', paths: ['/'] },
  {
    name: 'En sökning (Pagefind-filer)',
    paths: [
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      `/pagefind/wasm.${sv.wasm}.pagefind`,
      `/pagefind/pagefind.${sv.hash}.pf_meta`,
      builtFile('pagefind/index', /\.pf_index$/),
      builtFile('pagefind/fragment', /\.pf_fragment$/),
    ],
  },
];

// nginx closes a keep-alive connection after 1,000 requests by default; autocannon, which reuses each connection for
// thousands, then sometimes writes into the closing socket and counts an ECONNRESET that no browser would see.
const nginx = await startNginx({ port, httpDirectives: ['keepalive_requests 1000000'] });
try {
  console.log(
    `autocannon: ${duration} s, ${connections} connections per target, against ${nginx.url} (loopback only)\n`,
  );
  const rows = [];
  for (const target of targets) {
    const result = await autocannon({
      url: nginx.url,
      connections,
      duration,
      // A browser asks for compressed responses; nginx then gzips HTML, CSS and JavaScript.
      headers: { 'accept-encoding': 'gzip' },
      requests: target.paths.map((path) => ({ method: 'GET', path })),
    });
    rows.push({
      target: target.name,
      'req/s (mean)': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p90 ms': result.latency.p90,
      'p99 ms': result.latency.p99,
      'max ms': result.latency.max,
      requests: result.requests.total,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      'MB/s': +(result.throughput.average / 1e6).toFixed(1),
    });
  }
  console.table(rows);
  const failed = rows.filter((row) => row.errors || row.timeouts || row.non2xx);
  if (failed.length) {
    console.error(`Fel under lasttestet: ${failed.map((row) => row.target).join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await nginx.stop();
}
