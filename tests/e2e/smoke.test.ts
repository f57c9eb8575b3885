import { test, expect } from '@playwright/test';

test('the start page shows the emergency numbers', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('complementary', { name: 'Nödnummer' }).getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
});
