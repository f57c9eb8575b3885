// Shared knowledge about the built site: which pages exist (taken from dist/, never hand-written) and small helpers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

export const distDir = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** A number as the site shows it: as people type it, with hyphen-minus and plain spaces (CSS keeps it on one line). */
export function asDisplayedPhone(number: string): string {
  return number;
}

/** A path that no page has, to reach the 404 page. */
export const missingPath = '/den-har-sidan-finns-inte/';

function findIndexFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : findIndexFiles(full);
    return entry.name === 'index.html' ? [full] : [];
  });
}

/** The address of every page in the build, e.g. "/" and "/polisanmalan/", found by walking dist/ for index.html files. */
export function sitePages(): string[] {
  if (!existsSync(distDir)) throw new Error(`No build found in ${distDir}: run "npm run build" before the e2e tests.`);
  const paths = findIndexFiles(distDir)
    .map((file) => `/${relative(distDir, file).split(sep).slice(0, -1).join('/')}/`.replace(/^\/\/$/, '/'))
    .sort();
  if (paths.length === 0) throw new Error(`The build in ${distDir} has no index.html pages.`);
  return paths;
}

/** The paths the built sitemap lists, read from dist/sitemap-0.xml. */
export function sitemapPathsInBuild(): string[] {
  const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname).sort();
}

/** Every page plus the 404 page, for checks that must hold everywhere a reader can land. */
export function sitePagesWithNotFound(): string[] {
  return [...sitePages(), missingPath];
}

/** Opens a page; a missing path is expected to answer 404, every other page 200. */
export async function openPage(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response, `no response for ${path}`).not.toBeNull();
  expect(response!.status(), `HTTP status of ${path}`).toBe(path === missingPath ? 404 : 200);
}
