import { test, expect } from '@playwright/test';
import { sectionLinkScript } from '../budgets/first-visit.ts';

test('a search result opens its page scrolled to the matched words, with no JavaScript of its own on that page', async ({
  page,
}) => {
  const scripts: string[] = [];
  await page.goto('/sok/?q=skärmbilder');
  const link = page.locator('.search-results > li > a', { hasText: 'Polisanmäl' });
  await expect(link).toHaveAttribute('href', /^\/polisanmalan\/#:~:text=.*sk%C3%A4rmbilder/);

  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  await link.click();
  await page.waitForURL(/\/polisanmalan\//);
  // Chromium highlights a text fragment itself and scrolls it into view; the item far down the page must be visible.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await expect(page.getByText('Ta skärmbilder som visar webbadressen')).toBeInViewport();
  // Its only script is the inline section-link copy (see only-the-pages-that-need-it-carry-javascript).
  expect(
    (await page.locator('script').allTextContents()).filter((script) => !sectionLinkScript.matches(script)),
  ).toEqual([]);
  expect(scripts).toEqual([]);
});
