import { test, expect } from '@playwright/test';
import { forEachPage, openPage } from '../support/browser.ts';
import { sitePages, sitePagesWithNotFound } from '../support/dist.ts';
import { editionOfPath } from '../support/languages.ts';

test.use({ javaScriptEnabled: false });

test('every page shows its heading and main content with JavaScript turned off', async ({ page }) => {
  await forEachPage(sitePagesWithNotFound(), async (path) => {
    await openPage(page, path);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
    // More than the heading: at least one paragraph or list the reader can read.
    await expect(main.getByRole('paragraph').or(main.getByRole('list')).first()).toBeVisible();
    const text = (await main.innerText()).replace(/\s+/g, ' ').trim();
    expect(text.length, `main text of ${path}`).toBeGreaterThan(100);
  });
});

test('without JavaScript the search page says search needs JavaScript and links to every page', async ({ page }) => {
  await page.goto('/sok/');
  const main = page.getByRole('main');
  await expect(main.getByText('Sökningen behöver JavaScript')).toBeVisible();
  // The menu's pages are listed in the content; the legal pages, kept out of the menu, are linked from the footer.
  // The Lättläst and English versions have their own menus, reached from the links at the top.
  const otherPages = sitePages().filter((path) => path !== '/sok/' && editionOfPath(path) === 'sv');
  for (const path of otherPages) {
    await expect(
      page
        .getByRole('listitem')
        .getByRole('link')
        .and(page.locator(`[href="${path}"]`))
        .first(),
      `link to ${path}`,
    ).toBeVisible();
  }
});

test.describe('with JavaScript on', () => {
  test.use({ javaScriptEnabled: true });
  test('the search page does not show the no-JavaScript message', async ({ page }) => {
    await page.goto('/sok/');
    await expect(page.getByText('Sökningen behöver JavaScript')).toBeHidden();
  });
});
