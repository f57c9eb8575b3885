import { test, expect } from '@playwright/test';
import { distDir as dist } from '../support/dist.ts';
import { forEachPage } from '../support/browser.ts';
import { htmlFiles, measureFirstVisit } from '../budgets/first-visit.ts';

// The byte budgets read dist/; this checks in a real browser that a page fetches nothing they did not count.
const visits = htmlFiles(dist).map((file) => measureFirstVisit(dist, file));

test('every page makes in Chromium only the requests its budget counts, and none to the search code', async ({ page, baseURL }) => {
  let requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await forEachPage(visits.map((visit) => visit.path), async (path) => {
    const visit = visits.find((candidate) => candidate.path === path)!;
    requests = [];
    // networkidle: no request may come later either, e.g. from a script.
    await page.goto(path, { waitUntil: 'networkidle' });
    const fetched = requests.filter((url) => !url.startsWith('data:'));
    expect(fetched.every((url) => url.startsWith(baseURL!)), `${path} fetched from another origin: ${fetched.join(', ')}`).toBe(true);
    expect(fetched.length, `${path} fetched ${fetched.join(', ')}`).toBe(visit.requests);
    expect(fetched.filter((url) => /\.m?js(\?|$)/.test(url)), `${path} fetched JavaScript`).toEqual([]);
    // Search code loads only when a reader searches (tests/e2e/search-finds-pages-and-loads-only-when-used.test.ts shows it then does).
    expect(fetched.filter((url) => new URL(url).pathname.startsWith('/pagefind/')), `${path} fetched search code`).toEqual([]);
  });
});
