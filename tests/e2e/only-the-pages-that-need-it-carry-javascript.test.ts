// Content pages carry no JavaScript but one tiny progressive enhancement, the section-link copy (SectionHeading.astro);
// only the notes page, the akutkort and the search page have a script of their own.
import { test, expect } from '@playwright/test';
import { builtPages } from './support/built-site';

const pagesWithScript = ['/akutkort/', '/dokumentera/', '/sok/', '/en/search/'];
const isSectionLinkCopy = (script: string) => script.includes('.section-heading__link') && script.includes('clipboard');

for (const path of builtPages()) {
  const expected = pagesWithScript.includes(path);
  test(`${path} ${expected ? 'has' : 'has no'} script of its own in the default build`, async ({ page }) => {
    await page.goto(path);
    const scripts = await page.locator('script').allTextContents();
    const own = scripts.filter((script) => !isSectionLinkCopy(script));
    if (expected) expect(own.length).toBeGreaterThan(0);
    else expect(own).toEqual([]);
    // The section-link copy comes at most once, inline, and loads nothing.
    expect(scripts.filter(isSectionLinkCopy).length).toBeLessThanOrEqual(1);
    await expect(page.locator('script[src]')).toHaveCount(0);
  });
}
