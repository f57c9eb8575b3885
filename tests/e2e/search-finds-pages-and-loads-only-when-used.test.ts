// Search: the header field submits to /sok/?q=…; the search page loads Pagefind only when a reader searches.
import { test, expect, type Page } from '@playwright/test';

/** Records every request to the Pagefind bundle or index. */
function watchPagefindRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) requests.push(request.url());
  });
  return requests;
}

/** The ordered list of results the search page shows. */
function resultList(page: Page) {
  return page
    .getByRole('main')
    .getByRole('list')
    .filter({ has: page.locator('xpath=self::ol') });
}

test('a reader who types "polisanmälan" in the header field finds the police report page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('searchbox', { name: 'Sök i guiden' }).fill('polisanmälan');
  await page.getByRole('banner').getByRole('button', { name: 'Sök' }).click();

  await expect(page).toHaveURL(/\/sok\/\?q=polisanm%C3%A4lan$/);
  await expect(page.getByRole('heading', { name: 'Träffar för ”polisanmälan”' })).toBeVisible();
  const results = resultList(page);
  await expect(results).toBeVisible();
  const hit = results
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Polisanmälan: så anmäler du hot, hat och våld' }) });
  // The address may carry a text fragment (#:~:text=…) that makes the browser highlight the words found.
  await expect(hit.getByRole('link')).toHaveAttribute('href', /^\/polisanmalan\/(#.*)?$/);
  // Each result has an excerpt under its title link.
  await expect(hit.getByRole('paragraph')).not.toBeEmpty();
});

test('a reader who searches for "vittne" finds the support page that mentions Brottsofferjouren', async ({ page }) => {
  await page.goto('/sok/?q=vittne');
  const results = resultList(page);
  const hit = results
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Stöd och hjälp när du har utsatts' }) });
  await expect(hit.getByRole('link')).toHaveAttribute('href', /^\/stod-och-hjalp\/(#.*)?$/);
  await hit.getByRole('link').click();
  await expect(page).toHaveURL(/\/stod-och-hjalp\/(#.*)?$/);
  await expect(page.getByRole('main')).toContainText('Brottsofferjouren');
});

test('search works with the keyboard alone: type, press Enter, then Tab to a result', async ({ page }) => {
  await page.goto('/polisanmalan/');
  // Tab from the top of the page until the header's search field has focus.
  const field = page.getByRole('banner').getByRole('searchbox', { name: 'Sök i guiden' });
  for (let i = 0; i < 10 && !(await field.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  await page.keyboard.type('vittne');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sok\/\?q=vittne$/);

  const hit = resultList(page).getByRole('link', { name: 'Stöd och hjälp när du har utsatts' });
  await expect(hit).toBeVisible();

  // On the search page itself, a new query typed into its own field and sent with Enter replaces the results.
  const pageField = page.getByRole('main').getByRole('searchbox', { name: 'Sök i guiden' });
  await pageField.focus();
  await pageField.clear();
  await page.keyboard.type('polisanmälan');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Träffar för ”polisanmälan”' })).toBeVisible();
  const policeHit = resultList(page).getByRole('link', { name: 'Polisanmälan: så anmäler du hot, hat och våld' });
  await expect(policeHit).toBeVisible();

  for (let i = 0; i < 40 && !(await policeHit.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(policeHit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/polisanmalan\/(#.*)?$/);
});

test.describe('no search code is loaded before a reader searches', () => {
  // That no other page requests anything from /pagefind/ is checked with every request a page makes, in
  // tests/e2e/every-page-loads-only-what-its-budget-counts.test.ts.
  test('Pagefind is loaded once the reader searches, so the check above can see it', async ({ page }) => {
    const requests = watchPagefindRequests(page);
    await page.goto('/sok/', { waitUntil: 'networkidle' });
    expect(requests).toEqual([]);
    await page.getByRole('main').getByRole('searchbox', { name: 'Sök i guiden' }).fill('hot');
    await page.keyboard.press('Enter');
    await expect(resultList(page).getByRole('link').first()).toBeVisible();
    expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });
});
