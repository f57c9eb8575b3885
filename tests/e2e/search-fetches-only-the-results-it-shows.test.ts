// A first search fetches the title and excerpt (Pagefind's "fragment") of the results on screen only; the rest come
// when the reader asks for them with "Visa fler träffar".
import { readdirSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { distDir } from '../support/dist.ts';

function watchPagefind(page: Page) {
  const paths: string[] = [];
  const sizes: Promise<number>[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/pagefind/')) paths.push(pathname);
  });
  page.on('requestfinished', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
    sizes.push(
      request.sizes().then(({ responseBodySize, responseHeadersSize }) => responseBodySize + responseHeadersSize),
    );
  });
  return {
    all: () => paths,
    fragments: () => paths.filter((path) => path.startsWith('/pagefind/fragment/')),
    indexChunks: () => paths.filter((path) => path.startsWith('/pagefind/index/')),
    /** Bytes on the wire, headers included, as the browser received them (nginx sends Pagefind's files with Brotli). */
    wireBytes: async () => (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0),
  };
}

/** The Swedish index's chunks in the build (src/integrations/pagefind-chunks.ts splits it). */
const swedishChunks = readdirSync(`${distDir}/pagefind/index`).filter((file) => /^sv_.+\.pf_index$/.test(file));

const results = (page: Page) => page.locator('#sokresultat').getByRole('list').getByRole('listitem');

test('a first search loads four results, in at most ten requests and without a web worker', async ({ page }) => {
  const pagefind = watchPagefind(page);
  await page.goto('/sok/');
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
  expect(pagefind.fragments()).toHaveLength(4);
  expect(pagefind.all().length).toBeLessThanOrEqual(10);
  expect(pagefind.all().filter((path) => path.includes('worker'))).toEqual([]);
});

test('a first search for one word loads one chunk of the index and stays within 75 KB on the wire', async ({
  page,
}) => {
  expect(swedishChunks.length, 'the Swedish index is split into chunks').toBeGreaterThanOrEqual(2);
  const pagefind = watchPagefind(page);
  await page.goto('/sok/');
  const field = page.getByRole('main').getByRole('searchbox', { name: 'Sök i guiden' });
  await field.fill('polis');
  await field.press('Enter');
  await expect(results(page)).toHaveCount(4);
  await page.waitForLoadState('networkidle');

  expect(pagefind.indexChunks()).toHaveLength(1);
  const bytes = await pagefind.wireBytes();
  expect(bytes, `${(bytes / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(75 * 1024);
});

test('"Visa fler träffar" works with the keyboard, adds the next results and moves the focus to the first new one', async ({
  page,
}) => {
  const pagefind = watchPagefind(page);
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
  expect(pagefind.fragments()).toHaveLength(shown);
  // Every result shown has its title and excerpt.
  for (const item of await results(page).all()) {
    await expect(item.getByRole('link')).not.toBeEmpty();
    await expect(item.getByRole('paragraph')).not.toBeEmpty();
  }
  if (shown === found) await expect(more).toHaveCount(0);
});
