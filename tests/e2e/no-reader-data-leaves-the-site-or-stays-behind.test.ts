import { test, expect, type Page } from '@playwright/test';
import { missingPath, sitePagesWithNotFound } from '../support/dist.ts';
import { browserStorage, forEachPage, nothingStored } from '../support/browser.ts';
import { searchFor } from '../support/search.ts';

/** Every request the page makes to anything but the site itself. */
function recordForeignRequests(page: Page, baseURL: string): string[] {
  const site = new URL(baseURL).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== site) foreign.push(request.url());
  });
  return foreign;
}

/** Errors the page logs or throws; the 404 page's own status, which Chromium logs, is the point of that page. */
function recordConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (message.text().includes('status of 404') && message.location().url.endsWith(missingPath)) return;
    errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function expectNothingStored(page: Page): Promise<void> {
  expect(await browserStorage(page)).toEqual(nothingStored);
}

async function expectSafeExternalLinks(page: Page): Promise<void> {
  const links = await page
    .locator('a[href^="http"]')
    .evaluateAll((anchors) =>
      anchors
        .filter((anchor) => (anchor as HTMLAnchorElement).origin !== location.origin)
        .map((anchor) => ({ href: (anchor as HTMLAnchorElement).href, rel: anchor.getAttribute('rel') ?? '' })),
    );
  for (const { href, rel } of links) {
    expect(rel.split(/\s+/), href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  }
}

// One tab visits every page in turn, so what any page stored would still be there when the next is checked.
// Requests that come late, after the load event, are watched for with every request in
// tests/e2e/every-page-loads-only-what-its-budget-counts.test.ts, which also allows none to another site.
test('every page makes no request elsewhere, stores nothing, logs no error and protects its external links', async ({
  page,
  baseURL,
}) => {
  const foreign = recordForeignRequests(page, baseURL!);
  const errors = recordConsoleErrors(page);
  await forEachPage(sitePagesWithNotFound(), async (path) => {
    await page.goto(path);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await expectNothingStored(page);
    await expectSafeExternalLinks(page);
  });
});

test('a search, and the result it opens, stays on the site and leaves nothing behind', async ({ page, baseURL }) => {
  const foreign = recordForeignRequests(page, baseURL!);
  const errors = recordConsoleErrors(page);
  let pagefindRequests = 0;
  page.on(
    'request',
    (request) => void (new URL(request.url()).pathname.startsWith('/pagefind/') && pagefindRequests++),
  );
  await searchFor(page, 'hot');
  await page.getByRole('main').getByRole('listitem').getByRole('link').first().click();
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests, 'the search loaded Pagefind, so its requests were watched').toBeGreaterThan(0);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
  await expectNothingStored(page);
  await expectSafeExternalLinks(page);
});
