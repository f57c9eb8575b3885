// Print: the page chrome is left out, links to other websites print their address, and nothing is cut off on A4.
import { test, expect, type Page } from '@playwright/test';
import { sitePages } from '../support/dist.ts';
import { forEachPage, pdfPageCount } from '../support/browser.ts';
import { uiOf } from '../support/languages.ts';

/** The width of the printable area of A4 with 15 mm margins (180 mm), in CSS pixels. */
const a4PrintableWidth = Math.floor((180 / 25.4) * 96);

async function printView(page: Page, path: string) {
  await page.setViewportSize({ width: a4PrintableWidth, height: 1000 });
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
}

test('every page prints without menu, search or buttons, keeps the emergency numbers, and fits the width of A4', async ({
  page,
}) => {
  await forEachPage(sitePages(), async (path) => {
    const t = uiOf(path);
    await printView(page, path);
    await expect(page.getByRole('navigation', { name: t.nav.menu })).toBeHidden();
    await expect(page.getByRole('navigation', { name: t.nav.pagesLabel })).toBeHidden();
    await expect(page.getByRole('navigation', { name: t.nav.versionsLabel })).toBeHidden();
    await expect(page.getByRole('banner').getByRole('search')).toBeHidden();
    await expect(page.getByRole('link', { name: t.site.skipLink })).toBeHidden();
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('region', { name: t.feedback.question })).toBeHidden();
    if (path !== '/akutkort/') {
      await expect(
        page.getByRole('complementary', { name: t.emergency.label }).getByRole('link', { name: '112', exact: true }),
      ).toBeVisible();
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'pixels cut off at the right edge').toBeLessThanOrEqual(0);
  });
});

test('a link to another website prints its full address after the link text; phone numbers and e-mail addresses print as written', async ({
  page,
}) => {
  await printView(page, '/stod-och-hjalp/');
  const main = page.getByRole('main');
  const external = main.getByRole('link', { name: 'Hjälp och stöd, Brottsofferjouren' });
  const after = await external.evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toBe('" (https://www.brottsofferjouren.se/)"');
  await expect(main.getByRole('link', { name: '116 006', exact: true }).first()).toBeVisible();
  await expect(main.getByRole('link', { name: 'fraga@boj.se' })).toBeVisible();
  // Links within the guide print as plain text, without an address.
  const internal = page.getByRole('contentinfo').getByRole('link', { name: /@skr\.se/ });
  expect(await internal.evaluate((link) => getComputedStyle(link, '::after').content)).toBe('none');
});

test('a long page prints as an A4 PDF over more than one page', async ({ page }) => {
  await page.goto('/vad-gor-jag-nu/');
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // More than one page, so the one-page check of the akutkort is known to count pages at all.
  expect(pdfPageCount(pdf)).toBeGreaterThan(1);
});
