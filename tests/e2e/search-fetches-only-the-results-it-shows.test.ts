// A first search fetches the title and excerpt (Pagefind's "fragment") of the results on screen only; the rest come
// when the reader asks for them with "Visa fler träffar".
import { readdirSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { distDir } from '../support/dist.ts';

/**
 * What the page fetches from now on. Started once the search page has loaded, it counts what a first search costs: the
 * search page's own script, which is fetched when the reader searches, and Pagefind's files.
 */
function watchRequests(page: Page) {
  const paths: string[] = [];
  const sizes: Promise<number>[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  page.on('requestfinished', (request) => {
    sizes.push(
      request.sizes().then(({ responseBodySize, responseHeadersSize }) => responseBodySize + responseHeadersSize),
    );
  });
  return {
    all: () => paths,
    fragments: () => paths.filter((path) => path.startsWith('/pagefind/fragment/')),
    indexChunks: () => paths.filter((path) => path.startsWith('/pagefind/index/')),
    /** Bytes on the wire, headers included, as the browser received them (nginx sends the files with Brotli). */
    wireBytes: async () => (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0),
  };
}

/** The Swedish index's chunks in the build (src/integrations/pagefind-chunks.ts splits it). */
const swedishChunks = readdirSync(`${distDir}/pagefind/index`).filter((file) => /^sv_.+\.pf_index$/.test(file));

const results = (page: Page) => page.locator('#sokresultat').getByRole('list').getByRole('listitem');

test('a first search loads four results, in at most ten requests and without a web worker', async ({ page }) => {
  await page.goto('/sok/');
  const search = watchRequests(page);
  const field = page.getByRole('main').getByRole('searchbox', { name: 'Sök i guiden' });
  await field.fill('polis');
  await field.press('Enter');
  await expect(page.getByRole('heading', { name: 'Träffar för ”polis”' })).toBeVisible();
  await expect(results(page)).toHaveCount(4);
  await page.waitForLoadState('networkidle');

  const found = Number(
    (
      await page
        .locator('#sokresultat')
        .getByText(/sidor hittades/)
        .textContent()
    )?.match(/\d+/)?.[0],
  );
  expect(found).toBeGreaterThan(4);
  expect(search.fragments()).toHaveLength(4);
  expect(search.all().length).toBeLessThanOrEqual(10);
  expect(search.all().filter((path) => path.includes('worker'))).toEqual([]);
});

test('a first search for one word loads one chunk of the index and, with the search script, stays within 75 KB on the wire', async ({
  page,
}) => {
  expect(swedishChunks.length, 'the Swedish index is split into chunks').toBeGreaterThanOrEqual(2);
  await page.goto('/sok/');
  const search = watchRequests(page);
  const field = page.getByRole('main').getByRole('searchbox', { name: 'Sök i guiden' });
  await field.fill('polis');
  await field.press('Enter');
  await expect(results(page)).toHaveCount(4);
  await page.waitForLoadState('networkidle');

  expect(search.indexChunks()).toHaveLength(1);
  const bytes = await search.wireBytes();
  expect(bytes, `${(bytes / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(75 * 1024);
});

test('"Visa fler träffar" works with the keyboard, adds the next results and moves the focus to the first new one', async ({
  page,
}) => {
  const requests = watchRequests(page);
  await page.goto('/sok/?q=polis');
  await expect(results(page)).toHaveCount(4);
  const found = Number(
    (
      await page
        .locator('#sokresultat')
        .getByText(/sidor hittades/)
        .textContent()
    )?.match(/\d+/)?.[0],
  );
  const more = page.getByRole('button', { name: 'Visa fler träffar' });
  await expect(more).toBeVisible();

  // From the last result link, Tab reaches the button; Enter presses it.
  await results(page).last().getByRole('link').focus();
  await page.keyboard.press('Tab');
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');

  const shown = Math.min(found, 8);
  await expect(results(page)).toHaveCount(shown);
  await expect(results(page).nth(4).getByRole('link')).toBeFocused();
  await page.waitForLoadState('networkidle');
  expect(requests.fragments()).toHaveLength(shown);
  // Every result shown has its title and excerpt.
  for (const item of await results(page).all()) {
    await expect(item.getByRole('link')).not.toBeEmpty();
    await expect(item.getByRole('paragraph')).not.toBeEmpty();
  }
  if (shown === found) await expect(more).toHaveCount(0);
});
