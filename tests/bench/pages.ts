// `npm run bench`: builds the site, prints the speed targets against the peer (targets.ts: first and second search,
// Enter to first result, page weight), then prints for every page what a first visit costs (bytes compressed with
// gzip -9, requests) and a Lighthouse run (mobile preset, simulated throttling) in Debian's Chromium.
// Each page is run --runs=N times (default 5) and the median run is printed (Lighthouse's own helper, by FCP
// and TTI), as Lighthouse advises for noisy machines. Options: --no-build reuses dist/; --only=/sok/,/ measures only those pages;
// CHROMIUM_PATH names another browser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import type { Result } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { xSync } from 'tinyexec';
import { htmlFiles, measureFirstVisit } from '../budgets/first-visit.ts';
import { startNginx } from '../support/nginx.ts';
import { measureTargets, targetsTable } from './targets.ts';
import { fullChromiumLaunchOptions } from '../support/chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = `${root}dist`;
const port = Number(process.env.BENCH_PORT ?? 4391);
const origin = `http://127.0.0.1:${port}`;
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(options.runs);
const only = options.only?.split(',');
const lighthouseVersion = JSON.parse(readFileSync(`${root}node_modules/lighthouse/package.json`, 'utf8')).version;

if (!options['no-build']) {
  // Built for the address it is served at, so canonical URLs point at the same origin.
  const build = xSync('npx', ['astro', 'build'], {
    nodeOptions: { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { SITE_URL: origin } },
  });
  if (build.exitCode !== 0) process.exit(build.exitCode ?? 1);
}

// Served by nginx with the repository's configuration: the headers and compression readers get.
const server = await startNginx({ port, root: dist });
try {
  console.log(`${targetsTable([{ label: 'this build', figures: await measureTargets(origin, dist, runs) }], runs)}\n`);
} catch (error) {
  await server.stop();
  throw error;
}
const chrome = await chromeLauncher.launch({
  chromePath: fullChromiumLaunchOptions.executablePath,
  chromeFlags: ['--headless=new', ...fullChromiumLaunchOptions.args],
});

const rows: string[][] = [];
const ms = (value?: number) => (value === undefined ? '–' : `${Math.round(value)} ms`);
try {
  // The 404 page asks not to be indexed, so Lighthouse's SEO category would mark it down by design.
  const files = htmlFiles(dist).filter((file) => !file.endsWith('404.html'));
  for (const file of files) {
    const visit = measureFirstVisit(dist, file, [origin]);
    if (only && !only.includes(visit.path)) continue;
    const results: Result[] = [];
    for (let run = 0, attempts = 0; run < runs; attempts++) {
      const result = await lighthouse(`${origin}${visit.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${visit.path}`);
      // On a busy shared machine Chromium sometimes misses the first paint; such a run has no figures to take the
      // median of, so it is run again (twice more at most for a page), and said.
      if (result.lhr.audits['first-contentful-paint']?.numericValue === undefined && attempts < runs + 2) {
        console.error(
          `${visit.path}: Lighthouse saw no first paint (${result.lhr.runtimeError?.code ?? 'no error code'}); running again`,
        );
        continue;
      }
      results.push(result.lhr);
      run++;
    }
    const { categories, audits } = computeMedianRun(results) as Result;
    const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100));
    const requests = (audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items?.length;
    const failed = Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id);
    rows.push([
      visit.path,
      `${(visit.totalBytes / 1024).toFixed(1)} KB`,
      String(visit.requests),
      `${((audits['total-byte-weight']?.numericValue ?? 0) / 1024).toFixed(1)} KB / ${requests ?? '–'}`,
      score('performance'),
      score('accessibility'),
      score('best-practices'),
      score('seo'),
      ms(audits['largest-contentful-paint']?.numericValue),
      ms(audits['total-blocking-time']?.numericValue),
      (audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3),
      ms(audits['speed-index']?.numericValue),
    ]);
    if (failed.length) console.error(`${visit.path}: failed audits: ${failed.join(', ')}`);
  }
} finally {
  await chrome.kill();
  await server.stop();
}

const header = [
  'page',
  'first visit (gzip -9)',
  'requests',
  'Lighthouse transfer / requests',
  'perf.',
  'a11y',
  'best pr.',
  'SEO',
  'LCP',
  'TBT',
  'CLS',
  'Speed Index',
];
console.log(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(
  `\nLighthouse ${lighthouseVersion}, mobile preset (simulated slow 4G, 4× CPU slowdown), median of ${runs} run(s) a page, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}.`,
);
