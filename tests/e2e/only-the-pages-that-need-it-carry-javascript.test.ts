// Content pages carry no JavaScript; only the notes page, the akutkort and the search page have a script.
import { test, expect } from '@playwright/test';
import { sitePages } from '../support/dist.ts';

const pagesWithScript = ['/akutkort/', '/dokumentera/', '/sok/', '/en/search/'];

for (const path of sitePages()) {
  const expected = pagesWithScript.includes(path);
  test(`${path} ${expected ? 'has' : 'has no'} script in the default build`, async ({ page }) => {
    await page.goto(path);
    const scripts = await page.locator('script').count();
    if (expected) expect(scripts).toBeGreaterThan(0);
    else expect(scripts).toBe(0);
  });
}
