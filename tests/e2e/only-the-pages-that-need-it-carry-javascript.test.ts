// Content pages carry no JavaScript but one tiny progressive enhancement, the section-link copy (SectionHeading.astro);
// only the notes page, the akutkort and the search page have a script of their own.
import { test, expect } from '@playwright/test';
import { sitePages } from '../support/dist.ts';
import { sectionLinkScript } from '../budgets/first-visit.ts';

const pagesWithScript = ['/akutkort/', '/dokumentera/', '/sok/', '/en/search/'];

for (const path of sitePages()) {
  const expected = pagesWithScript.includes(path);
  test(`${path} ${expected ? 'has' : 'has no'} script of its own in the default build`, async ({ page }) => {
    await page.goto(path);
    const scripts = await page.locator('script').allTextContents();
    const own = scripts.filter((script) => !sectionLinkScript.matches(script));
    if (expected) expect(own.length).toBeGreaterThan(0);
    else expect(own).toEqual([]);
    // The section-link copy comes at most once, inline, and no script is loaded from a file.
    expect(scripts.filter(sectionLinkScript.matches).length).toBeLessThanOrEqual(1);
    await expect(page.locator('script[src]')).toHaveCount(0);
  });
}
