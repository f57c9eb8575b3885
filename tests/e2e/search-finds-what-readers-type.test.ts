import { test, expect, type Page } from '@playwright/test';
import { readerQueries } from '../support/reader-queries.ts';

// The queries and the page each must find among the first three results: tests/support/reader-queries.ts.

// One search page per worker, searched again for each query: loading Pagefind once keeps the list fast.
let searchPage: Page;
test.beforeAll(async ({ browser, baseURL }) => {
  searchPage = await browser.newPage({ baseURL });
  await searchPage.goto('/sok/');
});
test.afterAll(async () => searchPage?.close());

for (const { query, page: expected, kind } of readerQueries) {
  test(`“${query}” (${kind}) finds ${expected} among the first three results`, async () => {
    const input = searchPage.locator('#soksida-sokord');
    await input.fill(query);
    await input.press('Enter');
    const results = searchPage.locator('#sokresultat');
    await expect(results.getByRole('heading', { level: 2 })).toHaveText(new RegExp(`träffar för ”${query}”`, 'i'));
    const hrefs = await results.locator('.search-results > li > a').evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs.slice(0, 3), `results for “${query}”: ${hrefs.join(', ') || 'none'}`).toContain(expected);
  });
}
