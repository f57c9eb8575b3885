import { test, expect, type Browser, type Page } from '@playwright/test';
import { englishReaderQueries, readerQueries } from '../support/reader-queries.ts';

// The queries and the page each must find among the first three results: tests/support/reader-queries.ts. Swedish
// queries are searched on /sok/, English ones on /en/search/, each of which searches only its own language's pages.

const searches = [
  {
    lang: 'sv',
    path: '/sok/',
    queries: readerQueries,
    heading: (query: string) => new RegExp(`träffar för ”${query}”`, 'i'),
  },
  {
    lang: 'en',
    path: '/en/search/',
    queries: englishReaderQueries,
    heading: (query: string) => new RegExp(`results for “${query}”`, 'i'),
  },
] as const;

// One search page per language and worker, searched again for each query: loading Pagefind once keeps the list fast.
const searchPages = new Map<string, Page>();
async function searchPage(browser: Browser, baseURL: string | undefined, path: string): Promise<Page> {
  let page = searchPages.get(path);
  if (!page) {
    page = await browser.newPage({ baseURL });
    await page.goto(path);
    searchPages.set(path, page);
  }
  return page;
}
test.afterAll(async () => {
  for (const page of searchPages.values()) await page.close();
  searchPages.clear();
});

for (const { lang, path, queries, heading } of searches) {
  for (const { query, page: expected, kind } of queries) {
    test(`“${query}” (${lang === 'en' ? 'English, ' : ''}${kind}) finds ${expected} among the first three results`, async ({
      browser,
      baseURL,
    }) => {
      const page = await searchPage(browser, baseURL, path);
      const input = page.locator('#soksida-sokord');
      await input.fill(query);
      await input.press('Enter');
      const results = page.locator('#sokresultat');
      await expect(results.getByRole('heading', { level: 2 })).toHaveText(
        heading(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      );
      const hrefs = await results
        .locator('.search-results > li > a')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(hrefs.slice(0, 3), `results for “${query}”: ${hrefs.join(', ') || 'none'}`).toContain(expected);
    });
  }
}
