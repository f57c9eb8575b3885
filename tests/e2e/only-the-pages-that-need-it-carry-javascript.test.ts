// Content pages carry no JavaScript; only the notes page, the akutkort and the search page have a script.
import { test, expect } from '@playwright/test';
import { sitePages } from '../support/dist.ts';
import { forEachPage } from '../support/browser.ts';

const pagesWithScript = ['/akutkort/', '/dokumentera/', '/sok/', '/en/search/'];

test(`only ${pagesWithScript.join(', ')} have a script in the default build`, async ({ page }) => {
  await forEachPage(sitePages(), async (path) => {
    await page.goto(path);
    const scripts = await page.locator('script').count();
    if (pagesWithScript.includes(path)) expect(scripts).toBeGreaterThan(0);
    else expect(scripts).toBe(0);
  });
});
