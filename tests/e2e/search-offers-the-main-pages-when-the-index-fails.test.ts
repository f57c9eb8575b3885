import { test, expect } from '@playwright/test';

const mainPages = ['Start: vad du gör nu', 'Polisanmälan: så anmäler du hot, hat och våld'];

test('when the search index cannot be loaded, the reader gets a Swedish message and links to the main pages', async ({
  page,
}) => {
  await page.route('**/pagefind/**', (route) => route.abort('connectionfailed'));
  await page.goto('/sok/?q=anmälan');
  const message = page.locator('#sokresultat').getByRole('status');
  await expect(message).toContainText('Sökningen kunde inte laddas');
  for (const name of mainPages) await expect(message.getByRole('link', { name })).toBeVisible();
});

test('when the search index is slow, the reader gets a Swedish message and links to the main pages, then the results', async ({
  page,
}) => {
  // The search code arrives late, as on a poor mobile connection: it is held back until the page's clock has passed
  // the 4 s after which the page says so. The page's clock stands still and is moved on rather than waited for.
  await page.clock.install({ time: new Date('2026-12-07T08:00:00') });
  await page.clock.pauseAt(new Date('2026-12-07T08:00:01'));
  let deliver!: () => void;
  const late = new Promise<void>((resolve) => (deliver = resolve));
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await late;
    await route.continue().catch(() => undefined);
  });
  await page.goto('/sok/?q=anmälan');
  const results = page.locator('#sokresultat');
  await expect(results).toContainText('Söker …');
  const message = results.getByRole('status');
  await page.clock.runFor(3_900);
  await expect(results).toContainText('Söker …');
  await expect(message).toHaveCount(0);
  await page.clock.runFor(200);
  await expect(message).toContainText('Sökningen tar längre tid än vanligt');
  for (const name of mainPages) await expect(message.getByRole('link', { name })).toBeVisible();
  deliver();
  await page.clock.resume();
  await expect(results.getByRole('heading', { name: /Träffar för/ })).toBeVisible();
});

test('when the index loads but its chunks fail, the reader still gets the message and the links', async ({ page }) => {
  await page.route(/\/pagefind\/(index|fragment)\/|\.pagefind$|pagefind-entry\.json/, (route) => route.abort('failed'));
  await page.goto('/sok/?q=anmälan');
  const message = page.locator('#sokresultat').getByRole('status');
  await expect(message).toContainText(/Sökningen (kunde inte laddas|tar längre tid än vanligt)/, { timeout: 8000 });
  for (const name of mainPages) await expect(message.getByRole('link', { name })).toBeVisible();
});
