import { test, expect } from '@playwright/test';
import { missingPath } from '../support/dist.ts';

test('a missing address answers 404 and offers the start page and the emergency numbers in Swedish', async ({
  page,
}) => {
  const response = await page.goto(missingPath);
  expect(response?.status()).toBe(404);

  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expect(page).toHaveTitle(/Sidan finns inte/);
  const main = page.getByRole('main');
  const home = main.getByRole('link', { name: 'Gå till startsidan' });
  await expect(home).toHaveAttribute('href', '/');
  await expect(main.getByRole('link', { name: '112', exact: true })).toHaveAttribute('href', 'tel:112');
  await expect(main.getByRole('link', { name: '114 14', exact: true })).toHaveAttribute('href', 'tel:11414');
  await expect(
    page.getByRole('complementary', { name: 'Nödnummer' }).getByRole('link', { name: '112', exact: true }),
  ).toBeVisible();

  await home.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Stöd när du som förtroendevald utsätts för hot, hat eller våld',
  );
});
