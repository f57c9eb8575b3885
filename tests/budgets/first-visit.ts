// What a reader's first visit to a built page costs: the HTML plus every file it makes the browser fetch
// before any interaction, each compressed with gzip -9 (the budget: every host and browser has gzip) and with
// Brotli 11 (what nginx sends browsers that accept it). Read from dist/ so the figures are deterministic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { addressOf } from '../../src/lib/built-site.ts';
import { htmlFiles } from '../support/dist.ts';

// One walker over dist/ for tests and benchmarks (tests/support/dist.ts).
export { htmlFiles };

export const KB = 1024;

const budgets = {
  /** Everything a first visit loads. */
  firstVisitBytes: 20 * KB,
  /** What fits in TCP's first round trip (10 segments of 1,460 bytes ≈ 14.3 KB). */
  firstRoundTripBytes: 14 * KB,
  firstRoundTripRequests: 2,
  htmlBytes: 14 * KB,
  cssBytes: 10 * KB,
  requests: 4,
  /** Every page with all it loads, as a browser that accepts Brotli receives it (docs/performance.md says why). */
  brotliBytes: 7 * KB,
};

export type Budgets = typeof budgets;

/**
 * The one script content pages carry: SectionHeading's progressive enhancement, which makes a section's "#" link also
 * copy the section's address. Known by the selector and the API it uses; minified and uncompressed it must stay
 * under `maxBytes`, which leaves it a little room (its size is in docs/performance.md).
 */
export const sectionLinkScript = {
  maxBytes: 640,
  matches: (script: string): boolean => script.includes('.section-heading__link') && script.includes('clipboard'),
};

/**
 * Script files a page may fetch before the reader interacts: none, on every page, and no exception can raise it (it is
 * not one of `budgets`). A tool fetches what it needs, from the site itself, when the reader acts: the search when the
 * reader moves into the search form or opens /sok/ with a search, the akutkort's form checks when the officer starts
 * using the form. Inline scripts may reach for those only with a dynamic import().
 */
export const scriptRequestsBeforeInteraction = 0;

/** Pages allowed more than `budgets`, each with the reason; every other limit still applies to them. */
export const budgetExceptions: Record<string, { budgets: Partial<Budgets>; reason: string }> = {
  '/akutkort/': {
    budgets: { brotliBytes: 8 * KB },
    reason:
      'a card link must fill the card with no request at all (the hostile-link tests count the requests), so the page ' +
      'carries its reading inline: the checks of each part and the two notes, with no messages and no numbering plan. ' +
      'Its figures are in docs/performance.md (issue 24).',
  },
};

/** The limits for one page: `budgets`, with the page's exception if it has one. */
export function budgetsFor(path: string): Budgets {
  return { ...budgets, ...budgetExceptions[path]?.budgets };
}

interface Resource {
  url: string;
  kind: 'css' | 'js' | 'font' | 'image' | 'other';
  /** Compressed size (gzip -9), or undefined when the URL is not a file in dist/ (another origin, or missing). */
  bytes?: number;
  /** Compressed size with Brotli 11. */
  brotliBytes?: number;
}

export interface FirstVisit {
  /** The page's address, e.g. /polisanmalan/. */
  path: string;
  htmlBytes: number;
  /** Compressed size of the inline <style> blocks plus linked stylesheets. */
  cssBytes: number;
  /** Inline scripts that run without interaction, e.g. the search page's small module. */
  inlineScripts: string[];
  resources: Resource[];
  /** HTML plus every resource, compressed with gzip -9. */
  totalBytes: number;
  /** The same with Brotli 11. */
  brotliTotalBytes: number;
  /** The HTML document plus one request per resource. */
  requests: number;
}

const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;
const brotliSize = (data: string | Buffer): number =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length;

function kindOf(url: string, hint?: string): Resource['kind'] {
  const clean = url.split(/[?#]/)[0];
  if (hint === 'stylesheet' || /\.css$/.test(clean)) return 'css';
  if (hint === 'script' || /\.m?js$/.test(clean)) return 'js';
  if (hint === 'font' || /\.(woff2?|ttf|otf|eot)$/.test(clean)) return 'font';
  if (/\.(png|jpe?g|gif|webp|avif|svg|ico)$/.test(clean)) return 'image';
  return 'other';
}

const attr = (tag: string, name: string): string | undefined =>
  tag
    .match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))
    ?.slice(1)
    .find((v) => v !== undefined);

/** URLs the browser fetches without interaction: stylesheets, preloads, icons, scripts, images, CSS url() and @import. */
function referencedUrls(html: string): { url: string; hint?: string }[] {
  const urls: { url: string; hint?: string }[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) urls.push({ url: href, hint: 'stylesheet' });
    else if (rel.includes('modulepreload')) urls.push({ url: href, hint: 'script' });
    else if (rel.includes('preload')) urls.push({ url: href, hint: attr(tag, 'as') });
    else if (rel.includes('icon') || rel.includes('apple-touch-icon')) urls.push({ url: href, hint: 'image' });
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) urls.push({ url: src, hint: 'script' });
  }
  for (const [tag] of html.matchAll(/<(?:img|source|video|audio|iframe|embed|object)\b[^>]*>/gi)) {
    const src = attr(tag, 'src') ?? attr(tag, 'data') ?? attr(tag, 'poster');
    if (src) urls.push({ url: src });
    const srcset = attr(tag, 'srcset');
    // A browser picks one candidate; the first one stands for all of them.
    if (srcset) urls.push({ url: srcset.trim().split(/\s+/)[0] });
  }
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>|\sstyle="([^"]*)"/gi))
    urls.push(...cssUrls(css ?? ''));
  return urls.filter(({ url }) => !url.startsWith('data:'));
}

function cssUrls(css: string): { url: string; hint?: string }[] {
  const urls: { url: string; hint?: string }[] = [];
  for (const [, , url] of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi)) urls.push({ url });
  for (const [, , url] of css.matchAll(/@import\s+(['"])([^'"]+)\1/gi)) urls.push({ url, hint: 'stylesheet' });
  return urls.filter(({ url }) => !url.startsWith('data:'));
}

/** The site's origin as the build sees it; absolute URLs on it count as same-origin. */
const sameOrigin = (url: string, origins: string[]) =>
  !/^[a-z]+:|^\/\//i.test(url) || origins.some((o) => url.startsWith(o));

export function measureFirstVisit(dist: string, file: string, origins: string[] = []): FirstVisit {
  const html = readFileSync(file, 'utf8');
  const path = addressOf(file, dist);
  const resources: Resource[] = [];
  const seen = new Set<string>();
  const add = (url: string, hint: string | undefined, base: string) => {
    const resolved = sameOrigin(url, origins) ? new URL(url, `http://site${base}`).pathname : url;
    if (seen.has(resolved)) return;
    seen.add(resolved);
    const resource: Resource = { url: resolved, kind: kindOf(resolved, hint) };
    if (resolved.startsWith('/')) {
      try {
        const content = readFileSync(join(dist, decodeURIComponent(resolved)));
        resource.bytes = gzipSize(content);
        resource.brotliBytes = brotliSize(content);
        if (resource.kind === 'css')
          for (const nested of cssUrls(content.toString('utf8'))) add(nested.url, nested.hint, resolved);
      } catch {
        // Left without bytes: the test reports it as missing.
      }
    }
    resources.push(resource);
  };
  for (const { url, hint } of referencedUrls(html)) add(url, hint, path);

  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n');
  const cssBytes =
    (inlineCss ? gzipSize(inlineCss) : 0) +
    resources.filter((r) => r.kind === 'css').reduce((sum, r) => sum + (r.bytes ?? 0), 0);
  const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\ssrc\s*=/.test(attrs) && !/type\s*=\s*["']?application\/(ld\+)?json/i.test(attrs))
    .map((m) => m[2]);
  const htmlBytes = gzipSize(html);
  return {
    path,
    htmlBytes,
    cssBytes,
    inlineScripts,
    resources,
    totalBytes: htmlBytes + resources.reduce((sum, r) => sum + (r.bytes ?? 0), 0),
    brotliTotalBytes: brotliSize(html) + resources.reduce((sum, r) => sum + (r.brotliBytes ?? 0), 0),
    requests: 1 + resources.length,
  };
}
