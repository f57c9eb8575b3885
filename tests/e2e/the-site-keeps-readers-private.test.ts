// The guide promises (Om guiden) that it stores nothing in the browser and fetches nothing from other sites.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { sitePagesWithNotFound, missingPath, openPage } from './support/site-pages';

interface Watch {
  foreignRequests: string[];
  consoleErrors: string[];
}

function watch(page: Page, origin: string): Watch {
  const result: Watch = { foreignRequests: [], consoleErrors: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) result.foreignRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The browser reports the 404 page's own status as a console error; that status is the point of the page.
    if (message.text().includes('status of 404') && message.location().url.endsWith(missingPath)) return;
    result.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => result.consoleErrors.push(error.message));
  return result;
}

async function expectNothingStored(page: Page, context: BrowserContext): Promise<void> {
  expect(await context.cookies(), 'cookies').toEqual([]);
  const storage = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
  expect(storage, 'web storage').toEqual({ local: [], session: [] });
}

for (const path of sitePagesWithNotFound()) {
  test(`${path} contacts no other site, stores nothing and logs no errors`, async ({ page, context, baseURL }) => {
    const seen = watch(page, new URL(baseURL!).origin);
    await openPage(page, path);
    await page.waitForLoadState('networkidle');
    expect(seen.foreignRequests, 'requests to other origins').toEqual([]);
    expect(seen.consoleErrors, 'console errors').toEqual([]);
    await expectNothingStored(page, context);
  });
}

test('a search, from the header field to the results, contacts no other site, stores nothing and logs no errors', async ({ page, context, baseURL }) => {
  const seen = watch(page, new URL(baseURL!).origin);
  let pagefindRequests = 0;
  page.on('request', (request) => void (new URL(request.url()).pathname.startsWith('/pagefind/') && pagefindRequests++));
  await page.goto('/om-guiden/');
  await page.getByRole('banner').getByRole('searchbox', { name: 'Sök i guiden' }).fill('hot');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Träffar för ”hot”' })).toBeVisible();
  // Open a result too: the excerpt and the page it leads to are part of the run.
  await page.getByRole('main').getByRole('listitem').getByRole('link').first().click();
  await page.waitForLoadState('networkidle');

  expect(pagefindRequests, 'the search loaded Pagefind, so its requests were watched').toBeGreaterThan(0);
  expect(seen.foreignRequests, 'requests to other origins').toEqual([]);
  expect(seen.consoleErrors, 'console errors').toEqual([]);
  await expectNothingStored(page, context);
});
