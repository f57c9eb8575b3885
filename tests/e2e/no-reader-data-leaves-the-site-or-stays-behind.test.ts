import { test, expect, type Page } from '@playwright/test';
import { builtPagePaths } from '../support/site-pages.ts';
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

async function expectNothingStored(page: Page): Promise<void> {
  expect(await page.context().cookies()).toEqual([]);
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((database) => database.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(stored).toEqual({ cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [], serviceWorkers: 0 });
}

async function expectSafeExternalLinks(page: Page): Promise<void> {
  const links = await page.locator('a[href^="http"]').evaluateAll((anchors) =>
    anchors
      .filter((anchor) => (anchor as HTMLAnchorElement).origin !== location.origin)
      .map((anchor) => ({ href: (anchor as HTMLAnchorElement).href, rel: anchor.getAttribute('rel') ?? '' })),
  );
  for (const { href, rel } of links) {
    expect(rel.split(/\s+/), href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  }
}

for (const path of builtPagePaths()) {
  test(`${path} makes no request elsewhere, stores nothing and protects its external links`, async ({ page, baseURL }) => {
    const foreign = recordForeignRequests(page, baseURL!);
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
    await expectNothingStored(page);
    await expectSafeExternalLinks(page);
  });
}

test('a search stays on the site and leaves nothing behind', async ({ page, baseURL }) => {
  const foreign = recordForeignRequests(page, baseURL!);
  await searchFor(page, 'hot');
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
  await expectNothingStored(page);
  await expectSafeExternalLinks(page);
});
