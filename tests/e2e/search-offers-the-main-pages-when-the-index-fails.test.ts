import { test, expect } from '@playwright/test';

const mainPages = ['Start: vad du gör nu', 'Polisanmälan: så anmäler du hot, hat och våld'];

test('when the search index cannot be loaded, the reader gets a Swedish message and links to the main pages', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort('connectionfailed'));
  await page.goto('/sok/?q=anmälan');
  const message = page.locator('#sokresultat').getByRole('status');
  await expect(message).toContainText('Sökningen kunde inte laddas');
  for (const name of mainPages) await expect(message.getByRole('link', { name })).toBeVisible();
});

test('when the search index is slow, the reader gets a Swedish message and links to the main pages, then the results', async ({ page }) => {
  test.setTimeout(60_000);
  // The search code arrives 5 s late, as on a poor mobile connection: past the 4 s after which the page says so.
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    await route.continue().catch(() => undefined);
  });
  await page.goto('/sok/?q=anmälan');
  const message = page.locator('#sokresultat').getByRole('status');
  await expect(message).toContainText('Sökningen tar längre tid än vanligt', { timeout: 5500 });
  for (const name of mainPages) await expect(message.getByRole('link', { name })).toBeVisible();
  await expect(page.locator('#sokresultat').getByRole('heading', { name: /Träffar för/ })).toBeVisible({ timeout: 45_000 });
});

test('when the index loads but its chunks fail, the reader still gets the message and the links', async ({ page }) => {
  await page.route(/\/pagefind\/(index|fragment)\/|\.pagefind$|pagefind-entry\.json/, (route) => route.abort('failed'));
  await page.goto('/sok/?q=anmälan');
  const message = page.locator('#sokresultat').getByRole('status');
  await expect(message).toContainText(/Sökningen (kunde inte laddas|tar längre tid än vanligt)/, { timeout: 8000 });
  for (const name of mainPages) await expect(message.getByRole('link', { name })).toBeVisible();
});
