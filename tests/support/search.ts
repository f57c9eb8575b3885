import { expect, type Page } from '@playwright/test';

/** Searches as a reader does, typing into the search page's field, and waits for Pagefind's results. */
export async function searchFor(page: Page, query: string): Promise<void> {
  await page.goto('/sok/');
  const field = page.getByRole('main').getByRole('searchbox', { name: 'Sök i guiden' });
  await field.fill(query);
  await field.press('Enter');
  await expect(page.getByRole('heading', { name: `Träffar för ”${query}”` })).toBeVisible();
}
