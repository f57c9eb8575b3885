import { test, expect, type Page } from '@playwright/test';
import { distDir as dist } from '../support/dist.ts';
import { htmlFiles, measureFirstVisit } from '../budgets/first-visit.ts';

// The byte budgets read dist/; this checks in a real browser that a page fetches nothing they did not count.
const visits = htmlFiles(dist).map((file) => measureFirstVisit(dist, file));

/** Opens the page and waits until the network has been quiet for 500 ms, so a request that comes late counts too. */
async function requestsOf(page: Page, path: string): Promise<string[]> {
  const requests: string[] = [];
  const record = (request: { url(): string }) => requests.push(request.url());
  page.on('request', record);
  await page.goto(path, { waitUntil: 'networkidle' });
  page.off('request', record);
  return requests.filter((url) => !url.startsWith('data:'));
}

test('every page makes in Chromium only the requests its budget counts, and none to the search code', async ({
  context,
  baseURL,
}) => {
  test.setTimeout(60_000);
  // Waiting for a quiet network costs half a second a page: four tabs wait side by side, each page a named step.
  const queue = [...visits];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      const page = await context.newPage();
      for (let visit = queue.shift(); visit; visit = queue.shift()) {
        const { path, requests: counted } = visit;
        await test.step(path, async () => {
          const fetched = await requestsOf(page, path);
          expect(
            fetched.every((url) => url.startsWith(baseURL!)),
            `${path} fetched from another origin: ${fetched.join(', ')}`,
          ).toBe(true);
          expect(fetched.length, `${path} fetched ${fetched.join(', ')}`).toBe(counted);
          expect(
            fetched.filter((url) => /\.m?js(\?|$)/.test(url)),
            `${path} fetched JavaScript`,
          ).toEqual([]);
          // Search code loads only when a reader searches (search-finds-pages-and-loads-only-when-used.test.ts shows it then does).
          expect(
            fetched.filter((url) => new URL(url).pathname.startsWith('/pagefind/')),
            `${path} fetched search code`,
          ).toEqual([]);
        });
      }
    }),
  );
});
