// Phone numbers are written as people type them (hyphen-minus, plain spaces) and kept on one line with CSS, so
// find-in-page finds "08-452 75 03" and a copied number goes straight into a phone's dialler.
import { test, expect } from '@playwright/test';
import { sitePagesWithNotFound } from '../support/dist.ts';
import { forEachPage } from '../support/browser.ts';

const typed = [
  { number: '08-452 75 03', path: '/kommuner-och-regioner/' },
  { number: '08-452 79 58', path: '/om-guiden/' },
  { number: '0200-21 20 19', path: '/stod-och-hjalp/' },
  { number: '116 006', path: '/stod-och-hjalp/' },
  { number: '114 14', path: '/' },
  { number: '020-50 50 50', path: '/stod-och-hjalp/' },
];

/** The browser's find-in-page (Ctrl+F) from a script: Window.find, not standard and so not in TypeScript's DOM types. */
function findInPage(page: import('@playwright/test').Page, text: string): Promise<boolean> {
  return page.evaluate(
    (wanted) =>
      (
        window as unknown as { find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean }
      ).find(wanted, true, false, true),
    text,
  );
}

for (const { number, path } of typed) {
  test(`find-in-page finds ${number} on ${path} as a reader types it`, async ({ page }) => {
    await page.goto(path);
    expect(await findInPage(page, number)).toBe(true);
    // A check that can fail: the old non-breaking hyphen (U+2011) is not what a reader types.
    if (number.includes('-'))
      expect(await findInPage(page, number.replace('-', '\u2011')), 'the page must not use U+2011').toBe(false);
  });
}

test('on every page, every number selects as digits, "-", "+" and spaces, on one line', async ({ page }) => {
  await forEachPage(sitePagesWithNotFound(), async (path) => {
    await page.goto(path);
    // Dialable links and the one earlier number shown as plain text.
    const numbers = page.locator('a[href^="tel:"], .phone');
    const count = await numbers.count();
    expect(count, 'every page shows at least 112 and 114 14').toBeGreaterThanOrEqual(2);
    for (let index = 0; index < count; index++) {
      const number = numbers.nth(index);
      if (!(await number.isVisible())) continue;
      const { selected, lines } = await number.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        const lineTops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return { selected: selection.toString(), lines: lineTops.size };
      });
      expect(selected, `the selected text ${JSON.stringify(selected)}`).toMatch(/^[0-9+][0-9+ -]*[0-9]$/);
      expect(lines, `${selected} stays on one line`).toBe(1);
    }
  });
});

test('a number stays on one line on a 320 pixel screen, where a plain space could otherwise break it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/kommuner-och-regioner/');
  const number = page.getByRole('link', { name: '08-452 75 03', exact: true });
  await expect(number).toBeVisible();
  expect(await number.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('nowrap');
});
