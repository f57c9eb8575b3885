import { test, expect } from '@playwright/test';
import { distDir as dist } from '../support/dist.ts';
import { htmlFiles, measureFirstVisit } from '../budgets/first-visit.ts';

// The byte budgets read dist/; this checks in a real browser that a page fetches nothing they did not count.
const visits = htmlFiles(dist).map((file) => measureFirstVisit(dist, file));

for (const visit of visits) {
  test(`${visit.path} makes in Chromium only the ${visit.requests} request(s) its budget counts`, async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(visit.path, { waitUntil: 'networkidle' });
    const fetched = requests.filter((url) => !url.startsWith('data:'));
    expect(fetched.every((url) => url.startsWith(baseURL!)), `${visit.path} fetched from another origin: ${fetched.join(', ')}`).toBe(true);
    expect(fetched.length, `${visit.path} fetched ${fetched.join(', ')}`).toBe(visit.requests);
    expect(fetched.filter((url) => /\.m?js(\?|$)/.test(url)), `${visit.path} fetched JavaScript`).toEqual([]);
  });
}
