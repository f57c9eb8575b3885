// The site's speed targets against the Starlight peer, measured in Debian's Chromium through the repository's nginx
// (headers included, each run in a fresh browser context with an empty cache), median of --runs=N (default 5):
// - first search on /sok/: focus the field, type "polis", Enter; every request from the focus on, until the results
//   are shown and the network is idle;
// - second search on the same page ("stöd");
// - time from Enter to the first result on screen;
// - the largest content page and the largest tool page (the 404 page excepted): the document and everything it
//   loads, as a browser that accepts Brotli receives it, with and without the response headers.
// `npm run bench:targets` builds and prints this table; `npm run bench` prints it before the Lighthouse table.
// --no-build reuses dist/; --before=<folder> also measures another checkout's built dist/ (served with that
// checkout's own nginx configuration), e.g. main before a change, in the same run.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { xSync } from 'tinyexec';
import { addressOf } from '../../src/lib/built-site.ts';
import { htmlFiles } from '../support/dist.ts';
import { readerQueries } from '../support/reader-queries.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { fullChromiumLaunchOptions } from '../support/chromium.ts';

/** The peer's figures (Starlight, measured the same way): see the issue "Lighter than any peer everywhere". */
export const peer = {
  firstSearchKb: 93,
  firstSearchRequests: 11,
  firstKeystrokeToResultMs: 370,
  pageKb: { min: 48, max: 52 },
};
export const targets = {
  firstSearchKb: 75,
  firstSearchRequests: 10,
  secondSearchKb: 6,
  enterToResultMs: 250,
  pageKb: 7,
};

export interface TargetFigures {
  firstSearchBytes: number;
  firstSearchRequests: number;
  secondSearchBytes: number;
  enterToResultMs: number;
  /** The heaviest content page (tool pages excepted): document and subresources over the wire, and their bodies alone. */
  largestPageBytes: number;
  largestPageBodyBytes: number;
  largestPage: string;
  /** The same for the tool pages, whose inline scripts make them larger. */
  largestToolPageBytes: number;
  largestToolPageBodyBytes: number;
  largestToolPage: string;
}

/** Pages that carry a tool's inline script; every other page is a content page, whose only script is the section-link copy. */
const toolPages = new Set(['/sok/', '/dokumentera/', '/akutkort/']);

const KB = 1024;
/** A reader typing at a brisk pace; Pagefind starts loading on focus, so typing speed matters to the timings. */
const KEYSTROKE_DELAY_MS = 100;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Counts bytes over the wire (encoded body and response headers) and requests while it is on. */
function wireMeter(page: Page) {
  let bytes = 0;
  let bodyBytes = 0;
  let requests = 0;
  const pending = new Set<Promise<void>>();
  page.on('requestfinished', (request) => {
    const sized = request.sizes().then((sizes) => {
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      bodyBytes += sizes.responseBodySize;
      requests += 1;
    });
    pending.add(sized);
    void sized.finally(() => pending.delete(sized));
  });
  return {
    reset() {
      bytes = 0;
      bodyBytes = 0;
      requests = 0;
    },
    async read() {
      await Promise.all(pending);
      return { bytes, bodyBytes, requests };
    },
  };
}

async function search(
  page: Page,
  query: string,
  keystrokeDelayMs = KEYSTROKE_DELAY_MS,
): Promise<{ enterToResultMs: number }> {
  const field = page.getByRole('main').getByRole('searchbox', { name: 'Sök i guiden' });
  await field.focus();
  // Timed inside the page: Enter, and the moment the first result link is in the document.
  await page.evaluate(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { __bench: Record<string, number> }).__bench = marks;
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Enter') marks.enter = performance.now();
      },
      { capture: true },
    );
    const results = document.getElementById('sokresultat')!;
    new MutationObserver((_, observer) => {
      if (marks.enter !== undefined && results.querySelector('ol a')) {
        marks.result = performance.now();
        observer.disconnect();
      }
    }).observe(results, { childList: true, subtree: true });
  });
  await field.fill('');
  await field.pressSequentially(query, { delay: keystrokeDelayMs });
  await field.press('Enter');
  await page.getByRole('heading', { name: `Träffar för ”${query}”` }).waitFor();
  await page.waitForLoadState('networkidle');
  const marks = await page.evaluate(() => (window as unknown as { __bench: Record<string, number> }).__bench);
  return { enterToResultMs: marks.result - marks.enter };
}

/** The full Chromium, the browser readers run, as the benchmark measures what they get. */
const launchChromium = () => chromium.launch(fullChromiumLaunchOptions);

async function measureOnce(browser: Browser, origin: string, pages: string[]): Promise<TargetFigures> {
  const context = await browser.newContext({ baseURL: origin });
  try {
    const page = await context.newPage();
    const meter = wireMeter(page);
    await page.goto('/sok/', { waitUntil: 'networkidle' });
    meter.reset();
    const first = await search(page, 'polis');
    const firstWire = await meter.read();
    meter.reset();
    await search(page, 'stöd');
    const secondWire = await meter.read();

    const largest = { content: { bytes: 0, bodyBytes: 0, path: '' }, tool: { bytes: 0, bodyBytes: 0, path: '' } };
    for (const path of pages) {
      const tab = await context.newPage();
      const pageMeter = wireMeter(tab);
      await tab.goto(path, { waitUntil: 'networkidle' });
      const { bytes, bodyBytes } = await pageMeter.read();
      const kind = toolPages.has(path) ? largest.tool : largest.content;
      if (bytes > kind.bytes) Object.assign(kind, { bytes, bodyBytes, path });
      await tab.close();
    }
    return {
      firstSearchBytes: firstWire.bytes,
      firstSearchRequests: firstWire.requests,
      secondSearchBytes: secondWire.bytes,
      ...first,
      largestPageBytes: largest.content.bytes,
      largestPageBodyBytes: largest.content.bodyBytes,
      largestPage: largest.content.path,
      largestToolPageBytes: largest.tool.bytes,
      largestToolPageBodyBytes: largest.tool.bodyBytes,
      largestToolPage: largest.tool.path,
    };
  } finally {
    await context.close();
  }
}

/** Measures the targets on a running server, `runs` times, and returns the median of each figure. */
export async function measureTargets(origin: string, dist: string, runs = 5): Promise<TargetFigures> {
  const pages = htmlFiles(dist)
    .map((file) => addressOf(file, dist))
    .filter((path) => path !== '/404.html');
  const browser = await launchChromium();
  try {
    const all: TargetFigures[] = [];
    for (let run = 0; run < runs; run++) all.push(await measureOnce(browser, origin, pages));
    const pick = (key: Exclude<keyof TargetFigures, 'largestPage' | 'largestToolPage'>) =>
      median(all.map((figures) => figures[key]));
    // Page sizes do not vary between runs; the timing does, and is the median.
    return {
      ...all[0],
      enterToResultMs: pick('enterToResultMs'),
      firstSearchBytes: pick('firstSearchBytes'),
      firstSearchRequests: pick('firstSearchRequests'),
      secondSearchBytes: pick('secondSearchBytes'),
    };
  } finally {
    await browser.close();
  }
}

/** What a first search costs for every reader query, and a second search ("polis") after it; one run each. */
export interface QuerySweep {
  queries: number;
  firstMedianBytes: number;
  firstMax: { bytes: number; query: string };
  firstWithinTarget: number;
  /** The queries whose first search is over the target. */
  firstOverTarget: string[];
  secondMedianBytes: number;
  secondMax: { bytes: number; query: string };
  secondWithinTarget: number;
}

/**
 * The index is split into chunks by first letter (src/integrations/pagefind-chunks.ts), so what a search costs depends
 * on its words: this sweep shows the spread over the words readers type (tests/support/reader-queries.ts).
 */
export async function measureReaderQueries(origin: string): Promise<QuerySweep> {
  const browser = await launchChromium();
  const first: { bytes: number; query: string }[] = [];
  const second: { bytes: number; query: string }[] = [];
  try {
    for (const { query } of readerQueries) {
      const context = await browser.newContext({ baseURL: origin });
      const page = await context.newPage();
      const meter = wireMeter(page);
      await page.goto('/sok/', { waitUntil: 'networkidle' });
      meter.reset();
      // Typed faster than in the main figures: the sweep is about bytes, and the reader queries are long.
      await search(page, query, 20);
      first.push({ bytes: (await meter.read()).bytes, query });
      meter.reset();
      await search(page, 'polis', 20);
      second.push({ bytes: (await meter.read()).bytes, query });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const heaviest = (list: { bytes: number; query: string }[]) =>
    list.reduce((max, item) => (item.bytes > max.bytes ? item : max));
  return {
    queries: readerQueries.length,
    firstMedianBytes: median(first.map((item) => item.bytes)),
    firstMax: heaviest(first),
    firstWithinTarget: first.filter((item) => item.bytes <= targets.firstSearchKb * KB).length,
    firstOverTarget: first.filter((item) => item.bytes > targets.firstSearchKb * KB).map((item) => item.query),
    secondMedianBytes: median(second.map((item) => item.bytes)),
    secondMax: heaviest(second),
    secondWithinTarget: second.filter((item) => item.bytes <= targets.secondSearchKb * KB).length,
  };
}

/** The sweep as Markdown lines, one per measured site. */
export function sweepTable(columns: { label: string; sweep: QuerySweep }[]): string {
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
  return [
    '| every reader query, one run each | first search: median, heaviest | first ≤ 75 KB | then "polis": median, heaviest | "polis" ≤ 6 KB |',
    '| --- | --- | --- | --- | --- |',
    ...columns.map(
      ({ label, sweep }) =>
        `| ${label} (${sweep.queries} queries) | ${kb(sweep.firstMedianBytes)}, ${kb(sweep.firstMax.bytes)} (“${sweep.firstMax.query}”) | ${sweep.firstWithinTarget} of ${sweep.queries} | ${kb(sweep.secondMedianBytes)}, ${kb(sweep.secondMax.bytes)} (after “${sweep.secondMax.query}”) | ${sweep.secondWithinTarget} of ${sweep.queries} |`,
    ),
    '',
    ...columns.map(
      ({ label, sweep }) =>
        `${label}: first searches over ${targets.firstSearchKb} KB: ${sweep.firstOverTarget.map((query) => `“${query}”`).join(', ') || 'none'}.`,
    ),
  ].join('\n');
}

/** The targets table in Markdown: one column per measured site, then the target and the peer, with ratios to the peer. */
export function targetsTable(columns: { label: string; figures: TargetFigures }[], runs: number): string {
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
  const ratio = (value: number, peerValue: number) => `${(value / peerValue).toFixed(2)}×`;
  const rows: { name: string; cell: (f: TargetFigures) => string; target: string; peer: string }[] = [
    {
      name: 'first search on /sok/ ("polis"), wire incl. headers',
      cell: (f) => `${kb(f.firstSearchBytes)} (${ratio(f.firstSearchBytes / KB, peer.firstSearchKb)})`,
      target: `≤ ${targets.firstSearchKb} KB`,
      peer: `${peer.firstSearchKb} KB`,
    },
    {
      name: 'first search, requests',
      cell: (f) => `${f.firstSearchRequests} (${ratio(f.firstSearchRequests, peer.firstSearchRequests)})`,
      target: `≤ ${targets.firstSearchRequests}`,
      peer: String(peer.firstSearchRequests),
    },
    {
      name: 'second search ("stöd")',
      cell: (f) => kb(f.secondSearchBytes),
      target: `≤ ${targets.secondSearchKb} KB`,
      peer: '–',
    },
    {
      // The peer searches as the reader types, so its clock starts at the first keystroke; ours at Enter.
      name: 'Enter → first result (peer: first keystroke → first result)',
      cell: (f) => `${Math.round(f.enterToResultMs)} ms (${ratio(f.enterToResultMs, peer.firstKeystrokeToResultMs)})`,
      target: `≤ ${targets.enterToResultMs} ms`,
      peer: `${peer.firstKeystrokeToResultMs} ms`,
    },
    {
      name: 'largest content page: body as sent (wire incl. headers)',
      cell: (f) =>
        `${kb(f.largestPageBodyBytes)} (${kb(f.largestPageBytes)}) ${f.largestPage} (${ratio(f.largestPageBytes / KB, peer.pageKb.min)})`,
      target: `≤ ${targets.pageKb} KB`,
      peer: `${peer.pageKb.min}–${peer.pageKb.max} KB`,
    },
    {
      name: 'largest tool page: body as sent (wire incl. headers)',
      cell: (f) =>
        `${kb(f.largestToolPageBodyBytes)} (${kb(f.largestToolPageBytes)}) ${f.largestToolPage} (${ratio(f.largestToolPageBytes / KB, peer.pageKb.min)})`,
      target: '–',
      peer: `${peer.pageKb.min}–${peer.pageKb.max} KB`,
    },
  ];
  const header = ['figure', ...columns.map((column) => column.label), 'target', 'peer (Starlight)'];
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(
      (row) =>
        `| ${[row.name, ...columns.map((column) => row.cell(column.figures)), row.target, row.peer].join(' | ')} |`,
    ),
    '',
    `Debian Chromium (accepts Brotli) through the repository's nginx on loopback, fresh context per run, median of ${runs} run(s); ratios are to the peer (below 1× is lighter or faster); keystrokes ${KEYSTROKE_DELAY_MS} ms apart; Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}.`,
  ].join('\n');
}

if (import.meta.main) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const port = Number(process.env.BENCH_PORT ?? 4391);
  const { values: options } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      before: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const runs = Number(options.runs);
  const before = options.before;
  if (!options['no-build']) {
    const build = xSync('npm', ['run', 'build'], {
      nodeOptions: { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    });
    if (build.exitCode !== 0) process.exit(build.exitCode ?? 1);
  }
  const columns: { label: string; figures: TargetFigures }[] = [];
  const sweeps: { label: string; sweep: QuerySweep }[] = [];
  if (before) {
    // The other checkout's own helper, so its dist/ is served with the nginx configuration it was built for.
    const helper = (await import(
      pathToFileURL(`${before}/tests/support/nginx.ts`).href
    )) as typeof import('../support/nginx.ts');
    const server: RunningNginx = await helper.startNginx({ port: port + 1, root: `${before}/dist` });
    try {
      columns.push({ label: 'before', figures: await measureTargets(server.url, `${before}/dist`, runs) });
      sweeps.push({ label: 'before', sweep: await measureReaderQueries(server.url) });
    } finally {
      await server.stop();
    }
  }
  const server = await startNginx({ port, root: `${root}dist` });
  try {
    columns.push({
      label: before ? 'after' : 'this build',
      figures: await measureTargets(server.url, `${root}dist`, runs),
    });
    sweeps.push({ label: before ? 'after' : 'this build', sweep: await measureReaderQueries(server.url) });
  } finally {
    await server.stop();
  }
  console.log(targetsTable(columns, runs));
  console.log(`\n${sweepTable(sweeps)}`);
}
