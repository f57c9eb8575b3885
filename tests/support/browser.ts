// What browser tests share: opening a page, what the browser keeps, what it requests, and printed pages.
import { test, expect, type Page, type Request } from '@playwright/test';
import { missingPath } from './dist.ts';

/** Opens a page; a missing path is expected to answer 404, every other page 200. */
export async function openPage(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response, `no response for ${path}`).not.toBeNull();
  expect(response!.status(), `HTTP status of ${path}`).toBe(path === missingPath ? 404 : 200);
}

/**
 * Runs `check` on each page in turn, in the test's one browser tab, each as a step named by its path, so a failure
 * names the page. Why one test for all pages rather than a test a page: every test opens a fresh tab, which costs
 * Chromium a new renderer process, about 190 ms against 40 ms for going to the next page (measured on an idle
 * machine); over the 16 suites that check every page, that was about a fifth of the browser tests' time.
 */
export async function forEachPage(
  paths: string[],
  check: (path: string) => Promise<void>,
  msPerPage = 3_000,
): Promise<void> {
  test.setTimeout(30_000 + paths.length * msPerPage);
  for (const path of paths) await test.step(path, () => check(path));
}

/** The pages split in two, so that a slow check over every page is shared by the two browser workers. */
export function inHalves(paths: string[]): [which: 'first' | 'second', paths: string[]][] {
  const half = Math.ceil(paths.length / 2);
  return [
    ['first', paths.slice(0, half)],
    ['second', paths.slice(half)],
  ];
}

/** Everything the page has kept in the browser: cookies, web storage, IndexedDB, caches and service workers. */
export async function browserStorage(page: Page) {
  const inPage = await page.evaluate(async () => ({
    documentCookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  return { ...inPage, cookies: await page.context().cookies() };
}

/** What a page that stores nothing looks like to browserStorage. */
export const nothingStored = {
  documentCookie: '',
  localStorage: 0,
  sessionStorage: 0,
  indexedDB: [],
  caches: [],
  serviceWorkers: 0,
  cookies: [],
};

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
