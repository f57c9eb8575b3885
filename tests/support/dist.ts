// The built site in dist/, as the tests and benchmarks see it: one distDir, walked with src/lib/built-site.ts, the
// walker the build and the feedback service use too. The pages are read from the build, never written down by hand.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { xSync } from 'tinyexec';
import { builtFiles, builtPages } from '../../src/lib/built-site.ts';
import { WITH_SERVICE_FILE } from '../../src/lib/feedback.ts';

export const distDir = fileURLToPath(new URL('../../dist', import.meta.url));

/**
 * Builds the site into dist/ when there is no build there yet, so that a benchmark also runs on a fresh clone; a build
 * already there is used as it is.
 */
export function buildIfMissing(): void {
  if (existsSync(join(distDir, 'index.html'))) return;
  console.error('Ingen byggd webbplats i dist/: bygger den först (npm run build) …');
  const build = xSync('npm', ['run', 'build'], {
    nodeOptions: { cwd: fileURLToPath(new URL('../../', import.meta.url)), stdio: ['ignore', 'ignore', 'inherit'] },
  });
  if (build.exitCode !== 0) process.exit(build.exitCode ?? 1);
}

function requireBuild(dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No build found in ${dir}: run "npm run build" first.`);
}

/** Every file of a build (dist/ unless given), as absolute paths in a stable order; Pagefind's index only when asked. */
export function distFiles(dir = distDir, options: { withPagefind?: boolean } = {}): string[] {
  requireBuild(dir);
  return builtFiles(dir, options);
}

/**
 * Every HTML file of a build as any host sends it, the 404 page included; not the pages' versions for a server with the
 * feedback service (index.feedback.html), which the browser tests read through nginx with the service.
 */
export function htmlFiles(dir = distDir): string[] {
  return distFiles(dir).filter((file) => file.endsWith('.html') && !file.endsWith(`/${WITH_SERVICE_FILE}`));
}

/** The address of every page in the build, e.g. "/" and "/polisanmalan/". */
export function sitePages(dir = distDir): string[] {
  requireBuild(dir);
  const pages = builtPages(dir).map((page) => page.path);
  if (pages.length === 0) throw new Error(`The build in ${dir} has no index.html pages.`);
  return pages;
}

/** A path that no page has, to reach the 404 page. */
export const missingPath = '/den-har-sidan-finns-inte/';

/** Every page plus the 404 page, for checks that must hold everywhere a reader can land. */
export function sitePagesWithNotFound(): string[] {
  return [...sitePages(), missingPath];
}

/** The paths the built sitemap lists, read from dist/sitemap-0.xml. */
export function sitemapPathsInBuild(): string[] {
  const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname).sort();
}

/** The first file in a dist/ folder whose name matches, as a URL path: files with hashed names need not be known. */
export function builtFile(folder: string, pattern: RegExp): string {
  const name = readdirSync(join(distDir, folder)).find((file) => pattern.test(file));
  if (!name) throw new Error(`Ingen fil i dist/${folder} matchar ${pattern}`);
  return `/${folder}/${name}`;
}

/** A number as the site shows it: as people type it, with hyphen-minus and plain spaces (CSS keeps it on one line). */
export function asDisplayedPhone(number: string): string {
  return number;
}
