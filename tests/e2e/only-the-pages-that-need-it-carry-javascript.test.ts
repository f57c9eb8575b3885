// Content pages carry no JavaScript but one tiny progressive enhancement, the section-link copy (SectionHeading.astro);
// only the notes page, the akutkort and the search page have a script of their own.
import { test, expect } from '@playwright/test';
import { sitePages } from '../support/dist.ts';
import { forEachPage } from '../support/browser.ts';
import { sectionLinkScript } from '../budgets/first-visit.ts';

const pagesWithScript = ['/akutkort/', '/dokumentera/', '/sok/', '/en/search/'];

test(`only ${pagesWithScript.join(', ')} have a script of their own in the default build`, async ({ page }) => {
  await forEachPage(sitePages(), async (path) => {
    await page.goto(path);
    const scripts = await page.locator('script').allTextContents();
    const own = scripts.filter((script) => !sectionLinkScript.matches(script));
    if (pagesWithScript.includes(path)) expect(own.length).toBeGreaterThan(0);
    else expect(own).toEqual([]);
    // The section-link copy comes at most once, inline, and no script is loaded from a file.
    expect(scripts.filter(sectionLinkScript.matches).length).toBeLessThanOrEqual(1);
    await expect(page.locator('script[src]')).toHaveCount(0);
  });
});
