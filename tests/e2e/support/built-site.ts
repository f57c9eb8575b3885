// What the act-now tests need to know about the built site: its pages, read from dist/, and what the browser keeps.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Request } from '@playwright/test';

const distDir = fileURLToPath(new URL('../../../dist/', import.meta.url));

function indexFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : indexFiles(full);
    return entry.name === 'index.html' ? [full] : [];
  });
}

/** The address of every page in the build, e.g. "/" and "/polisanmalan/". */
export function builtPages(): string[] {
  if (!existsSync(distDir)) throw new Error(`No build found in ${distDir}: run "npm run build" before the e2e tests.`);
  return indexFiles(distDir)
    .map((file) => `/${relative(distDir, file).split(sep).slice(0, -1).join('/')}/`.replace(/^\/\/$/, '/'))
    .sort();
}

/** Everything the page has kept in the browser: cookies, web storage and IndexedDB databases. */
export async function browserStorage(page: Page) {
  const inPage = await page.evaluate(async () => ({
    documentCookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
  }));
  return { ...inPage, cookies: await page.context().cookies() };
}

/** What a page that stores nothing looks like to browserStorage. */
export const nothingStored = { documentCookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], cookies: [] };

/**
 * Records every network request the page makes from now on. blob: and data: addresses are not network requests, and
 * the site's own favicon is left out because Chromium fetches it on its own schedule, whatever the page does.
 */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!/^https?:$/.test(url.protocol)) return;
    if (url.pathname === '/favicon.svg' && url.origin === new URL(page.url()).origin) return;
    requests.push(request);
  });
  return requests;
}

/** Counts the pages of a PDF made by Chromium: one "/Type /Page" object a page, besides the "/Type /Pages" tree. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
