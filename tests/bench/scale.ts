// `npm run bench:scale`: builds and indexes the site with N synthetic Swedish pages added, in a temporary copy,
// and prints wall time, peak memory of the build's whole process tree, dist/ size, index size and the bytes of
// a first search. Pick sizes with --pages=100,1000 (default 100,1000,10000).
// As real pages outside the menu, the synthetic pages have no navOrder and are reached through links: one hub page
// in the menu (content/pages/exempelsidor.md) links to every one of them, so the content checks' reachability rule
// runs over all N pages. --in-menu instead gives every synthetic page a navOrder, which puts it in the menu on
// every page and makes the output grow with the square of N.
// --peer also builds a Starlight site with the same N synthetic pages (the same text, outside its sidebar, linked from
// one hub page) right after ours, and prints both; Starlight is installed once from the registry into
// $TMPDIR/stod-bench-starlight/ (or BENCH_STARLIGHT_DIR). --no-search skips the first search in Chromium.
// The build's own log line gives the time of each post-build step (src/integrations/post-build.ts).
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { x, xSync } from 'tinyexec';
import { startNginx } from '../support/nginx.ts';
import { fullChromiumLaunchOptions } from '../support/chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    pages: { type: 'string', default: process.env.SCALE_PAGES ?? '100,1000,10000' },
    'in-menu': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    peer: { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
  },
});
const sizes = options.pages.split(',').map(Number);
const inMenu = options['in-menu'];
const keep = options.keep;
const withPeer = options.peer;
const withSearch = !options['no-search'];

// Deterministic text: the same N gives the same pages on every machine.
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const subjects = [
  'Den förtroendevalda',
  'Säkerhetsansvarig',
  'Kommunen',
  'Regionen',
  'Partiet',
  'Polisen',
  'Brottsofferjouren',
  'Nämnden',
  'Fullmäktige',
  'Ordföranden',
  'Ledamoten',
  'Ersättaren',
];
const verbs = [
  'dokumenterar',
  'anmäler',
  'bedömer',
  'rapporterar',
  'följer upp',
  'beskriver',
  'sparar',
  'granskar',
  'planerar',
  'diskuterar',
  'utreder',
  'stöder',
];
const objects = [
  'hotet',
  'händelsen',
  'meddelandet',
  'skärmbilderna',
  'brevet',
  'samtalet',
  'mötet',
  'risken',
  'anmälan',
  'beslutet',
  'rutinen',
  'kontakten',
];
const tails = [
  'tillsammans med kommunen',
  'innan nästa sammanträde',
  'så snart som möjligt',
  'efter varje incident',
  'på nätet och i brevlådan',
  'med stöd av regionen',
  'i samråd med partiet',
  'utan att radera något',
  'för att skydda familjen',
  'vid varje sammanträde',
];
const topics = [
  'trygghet',
  'sammanträden',
  'sociala medier',
  'hembesök',
  'valrörelse',
  'nätforum',
  'telefonsamtal',
  'e-post',
  'offentliga möten',
  'insändare',
  'pressfrågor',
  'skolbesök',
];
const places = [
  'Kiruna',
  'Luleå',
  'Umeå',
  'Östersund',
  'Sundsvall',
  'Gävle',
  'Uppsala',
  'Västerås',
  'Örebro',
  'Karlstad',
  'Linköping',
  'Jönköping',
  'Växjö',
  'Kalmar',
  'Malmö',
  'Göteborg',
];

const slug = (n: number) => `exempel-${String(n).padStart(5, '0')}`;
const title = (n: number) => {
  const rand = random(n);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  return `Exempelsida ${n} om ${pick(topics)} i ${pick(places)}`;
};

function page(n: number): string {
  const rand = random(n);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const topic = pick(topics);
  const place = pick(places);
  const sentence = () => `${pick(subjects)} ${pick(verbs)} ${pick(objects)} ${pick(tails)}.`;
  const paragraph = () => Array.from({ length: 5 }, sentence).join(' ');
  const sections = Array.from(
    { length: 4 },
    (_, i) =>
      `## ${pick(objects).replace(/^./, (c) => c.toUpperCase())} och ${topic} ${i + 1}\n\n${paragraph()}\n\n${paragraph()}\n`,
  );
  return `---
title: ${title(n)}
description: En genererad sida för prestandamätning om ${topic} för förtroendevalda i ${place}.
${inMenu ? `navOrder: ${100 + n}\n` : ''}published: 2024-01-01
updated: 2026-11-29
reviewed: 2026-11-29
owner: anna-lena-pogulis
seed: true
keywords: [${topic}, ${place.toLowerCase()}]
---

${paragraph()}

${sections.join('\n')}`;
}

/** The one page in the menu that leads to the synthetic pages, with a Markdown link to each. */
function hub(count: number): string {
  const links = Array.from({ length: count }, (_, i) => `- [${title(i + 1)}](/${slug(i + 1)}/)`);
  return `---
title: Exempelsidor för prestandamätning
description: Länkar till alla genererade sidor, så att de nås från menyn utan att själva stå i den.
navOrder: 99
published: 2024-01-01
updated: 2026-11-29
reviewed: 2026-11-29
owner: anna-lena-pogulis
seed: true
---

${links.join('\n')}
`;
}

function du(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, name) => sum + du(join(path, name)), 0);
}

/**
 * Resident memory and CPU seconds (user + system, with the children each has waited for) of a process and all its
 * descendants, from /proc (Linux). CPU time is the fairer figure on a shared machine: wall time grows with others' load.
 */
function treeUsage(rootPid: number): { rss: number; cpuSeconds: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  const ticks = 100;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const pid = Number(name);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, Number(readFileSync(`/proc/${name}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) * 1024);
      cpu.set(pid, (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / ticks);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  let cpuSeconds = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    cpuSeconds += cpu.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return { rss: total, cpuSeconds };
}

interface Build {
  seconds: number;
  /** The most resident memory of the build's process tree at once (Node and Pagefind's binary), polled every 100 ms. */
  peakRss: number;
  /** The most resident memory of the build's Node process, as its kernel counted it (getrusage), exact. */
  nodeMaxRss?: number;
  /** CPU seconds of the build's process tree, as last seen before it ended (polled every 100 ms). */
  cpuSeconds: number;
  /** The post-build steps' line from the build log, when the build printed one. */
  steps?: string;
}

/** Makes a Node process print, as it exits, the most memory it held (in KiB, as getrusage counts it). */
const MAX_RSS_MARK = 'bench-scale-max-rss-kib';
const REPORT_MAX_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\n${MAX_RSS_MARK} '+process.resourceUsage().maxRSS+'\\n'))`;

async function build(cwd: string): Promise<Build> {
  const started = performance.now();
  const child = x(
    process.execPath,
    [`--import=${REPORT_MAX_RSS}`, join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      nodeOptions: { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ASTRO_TELEMETRY_DISABLED: '1' } },
    },
  );
  let peakRss = 0;
  let cpuSeconds = 0;
  const poll = setInterval(() => {
    const usage = treeUsage(child.pid!);
    peakRss = Math.max(peakRss, usage.rss);
    cpuSeconds = Math.max(cpuSeconds, usage.cpuSeconds);
  }, 100);
  let steps: string | undefined;
  let nodeMaxRss: number | undefined;
  let tail = '';
  try {
    for await (const line of child) {
      steps = line.match(/\[post-build\] (.*)/)?.[1] ?? steps;
      const maxRssKib = line.match(new RegExp(`^${MAX_RSS_MARK} (\\d+)$`))?.[1];
      if (maxRssKib) nodeMaxRss = Number(maxRssKib) * 1024;
      tail = `${tail}${line}\n`.slice(-2000);
    }
  } finally {
    clearInterval(poll);
  }
  const seconds = (performance.now() - started) / 1000;
  if (child.exitCode !== 0) throw new Error(`astro build failed (${child.exitCode}):\n${tail}`);
  return { seconds, peakRss, nodeMaxRss, cpuSeconds, steps };
}

/**
 * The folder of the Starlight peer, with Starlight and the Astro it runs on installed once from the registry. The
 * site's files are rewritten for each run. Its node_modules must be a real folder inside it: Astro fails to compile
 * Starlight's components through a symbolic link.
 */
function starlightFolder(): string {
  const dir = process.env.BENCH_STARLIGHT_DIR ?? join(tmpdir(), 'stod-bench-starlight');
  if (existsSync(join(dir, 'node_modules/@astrojs/starlight'))) return dir;
  mkdirSync(dir, { recursive: true });
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
    overrides: Record<string, string>;
  };
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      private: true,
      type: 'module',
      dependencies: { astro: own.devDependencies.astro, '@astrojs/starlight': '^0.42.9' },
      overrides: own.overrides,
    }),
  );
  console.error(`Installing Starlight for the peer build into ${dir} (once) …`);
  const install = xSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], {
    nodeOptions: { cwd: dir, stdio: 'inherit' },
  });
  if (install.exitCode !== 0) throw new Error('npm install of @astrojs/starlight failed');
  return dir;
}

/** A Starlight site with the same synthetic pages: the same text, one hub page in the sidebar linking to them all. */
function writePeerSite(count: number): string {
  const dir = starlightFolder();
  for (const folder of ['src', 'dist', '.astro']) rmSync(join(dir, folder), { recursive: true, force: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({
    title: 'Stöd till förtroendevalda',
    locales: { root: { label: 'Svenska', lang: 'sv' } },
    sidebar: [{ label: 'Exempelsidor', link: '/exempelsidor/' }],
  })],
});
`,
  );
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const starlightPage = (markdown: string) =>
    markdown.replace(
      /^---\n[\s\S]*?\n---\n/,
      (front) =>
        front
          .split('\n')
          .filter((line) => /^(---|title:|description:)/.test(line))
          .join('\n') + '\n',
    );
  writeFileSync(join(dir, 'src/content/docs/index.md'), '---\ntitle: Start\n---\n\n[Exempelsidor](/exempelsidor/)\n');
  writeFileSync(join(dir, 'src/content/docs/exempelsidor.md'), starlightPage(hub(count)));
  for (let n = 1; n <= count; n++) writeFileSync(join(dir, `src/content/docs/${slug(n)}.md`), starlightPage(page(n)));
  return dir;
}

/** Bytes over the wire (body and headers, as nginx sends them) for the search page's first search, everything fetched from /pagefind/. */
async function firstSearchBytes(dist: string, query: string): Promise<{ bytes: number; requests: number }> {
  const server = await startNginx({ port: Number(process.env.BENCH_PORT ?? 4392), root: dist });
  const origin = server.url;
  const browser = await chromium.launch(fullChromiumLaunchOptions);
  try {
    const tab = await browser.newPage();
    let bytes = 0;
    let requests = 0;
    tab.on('requestfinished', async (request) => {
      if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      requests++;
    });
    await tab.goto(`${origin}/sok/?q=${encodeURIComponent(query)}`);
    await tab.locator('#traffar').waitFor({ timeout: 60_000 });
    await tab.waitForLoadState('networkidle');
    return { bytes, requests };
  } finally {
    await browser.close();
    await server.stop();
  }
}

const rows: string[][] = [];
const stepLines: string[] = [];
for (const count of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `bench-scale-${count}-`));
  // mkdtemp makes the folder private; nginx's worker (user nobody when started as root) must read the build.
  chmodSync(dir, 0o755);
  try {
    for (const entry of ['content', 'docs', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    mkdirSync(join(dir, 'content/pages'), { recursive: true });
    for (let n = 1; n <= count; n++) writeFileSync(join(dir, `content/pages/${slug(n)}.md`), page(n));
    if (!inMenu) writeFileSync(join(dir, 'content/pages/exempelsidor.md'), hub(count));
    const peerDir = withPeer ? writePeerSite(count) : undefined;

    const ours = await build(dir);
    if (ours.steps) stepLines.push(`${count} pages: ${ours.steps}`);
    // Back to back with ours, so that both see the same machine and the same load.
    const peer = peerDir ? await build(peerDir) : undefined;
    const dist = join(dir, 'dist');
    const search = withSearch ? await firstSearchBytes(dist, 'skärmbilder') : undefined;
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    const row = [
      String(readdirSync(join(dir, 'content/pages')).filter((name) => /\.mdx?$/.test(name)).length),
      `${ours.seconds.toFixed(1)} s (CPU ${ours.cpuSeconds.toFixed(1)} s)`,
      `${mb(ours.peakRss)}${ours.nodeMaxRss ? ` (Node ${mb(ours.nodeMaxRss)})` : ''}`,
      peer
        ? `${peer.seconds.toFixed(1)} s (CPU ${peer.cpuSeconds.toFixed(1)} s), ${mb(peer.peakRss)}${peer.nodeMaxRss ? ` (Node ${mb(peer.nodeMaxRss)})` : ''}; ours ÷ peer ${(ours.seconds / peer.seconds).toFixed(2)}× wall, ${(ours.cpuSeconds / peer.cpuSeconds).toFixed(2)}× CPU`
        : '–',
      mb(du(dist)),
      mb(du(join(dist, 'pagefind'))),
      search ? `${(search.bytes / 1024).toFixed(0)} KB / ${search.requests}` : '–',
    ];
    rows.push(row);
    console.error(`${count} synthetic pages: ${row.join(', ')}`);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
    else console.error(`kept ${dir}`);
  }
}

const header = [
  'pages',
  'build + index (wall, CPU)',
  'peak RSS: process tree (Node alone)',
  'Starlight peer: build (wall, CPU), peak RSS; ours ÷ peer',
  'dist/',
  'pagefind/',
  'first search, bytes over the wire / requests',
];
console.log(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
if (stepLines.length) console.log(`\nPost-build steps (from the build log):\n${stepLines.join('\n')}`);
console.log(
  `\nOpen-file limit ${xSync('sh', ['-c', 'ulimit -n']).stdout.trim()}; load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' ',
    )}; ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.versions.node}; synthetic pages are plain .md${inMenu ? ', each listed in the menu' : ', outside the menu, each linked from one hub page in the menu'}.`,
);
