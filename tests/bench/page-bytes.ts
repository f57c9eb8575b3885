// `npm run bench:pages`: what every page's first visit weighs over the wire through the project's nginx, as a browser
// that accepts Brotli receives it: the document's body and the body of every file it loads before the reader acts
// (tests/budgets/first-visit.ts finds them), one request each, headers left out. --before=<folder> also serves another
// checkout's built dist/ (with that checkout's nginx configuration) and prints both columns; --no-build reuses dist/.
import { request } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { xSync } from 'tinyexec';
import { htmlFiles, measureFirstVisit } from '../budgets/first-visit.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = Number(process.env.BENCH_PORT ?? 4391);

/** The body's bytes as sent (not decoded), asking for Brotli as browsers do. */
function wireBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () =>
        response.statusCode === 200 || response.statusCode === 404
          ? resolve(bytes)
          : reject(new Error(`${url}: HTTP ${response.statusCode}`)),
      );
    })
      .on('error', reject)
      .end();
  });
}

async function measure(server: RunningNginx, dist: string): Promise<Map<string, number>> {
  const pages = new Map<string, number>();
  for (const file of htmlFiles(dist)) {
    const visit = measureFirstVisit(dist, file, [server.url]);
    let bytes = await wireBytes(`${server.url}${visit.path}`);
    for (const resource of visit.resources)
      if (resource.url.startsWith('/')) bytes += await wireBytes(`${server.url}${resource.url}`);
    pages.set(visit.path, bytes);
  }
  return pages;
}

if (import.meta.main) {
  const { values: options } = parseArgs({
    options: { before: { type: 'string' }, 'no-build': { type: 'boolean', default: false } },
  });
  const before = options.before;
  if (!options['no-build']) {
    const build = xSync('npm', ['run', 'build'], {
      nodeOptions: { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    });
    if (build.exitCode !== 0) process.exit(build.exitCode ?? 1);
  }
  const columns: { label: string; pages: Map<string, number> }[] = [];
  if (before) {
    const helper = (await import(
      pathToFileURL(`${before}/tests/support/nginx.ts`).href
    )) as typeof import('../support/nginx.ts');
    const server = await helper.startNginx({ port: port + 1, root: `${before}/dist` });
    try {
      columns.push({ label: 'before', pages: await measure(server, `${before}/dist`) });
    } finally {
      await server.stop();
    }
  }
  const server = await startNginx({ port, root: `${root}dist` });
  try {
    columns.push({ label: before ? 'after' : 'this build', pages: await measure(server, `${root}dist`) });
  } finally {
    await server.stop();
  }
  const paths = [...new Set(columns.flatMap((column) => [...column.pages.keys()]))].sort();
  const cell = (bytes?: number) =>
    bytes === undefined ? '–' : `${bytes.toLocaleString('en')} B (${(bytes / 1024).toFixed(1)} KB)`;
  console.log(`| page | ${columns.map((column) => column.label).join(' | ')} |`);
  console.log(`| --- | ${columns.map(() => '---:').join(' | ')} |`);
  for (const path of paths)
    console.log(`| ${path} | ${columns.map((column) => cell(column.pages.get(path))).join(' | ')} |`);
}
