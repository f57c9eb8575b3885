// At 320 CSS pixels (WCAG 1.4.10 Reflow) no page scrolls sideways, and the acute line is in the first screen.
import { test, expect, type Page } from '@playwright/test';
import { forEachPage, openPage } from '../support/browser.ts';
import { sitePagesWithNotFound } from '../support/dist.ts';
import { uiOf } from '../support/languages.ts';

test.use({ viewport: { width: 320, height: 568 } });

async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
    const root = document.documentElement;
    // Names the element that sticks out furthest, so a failure says where to look.
    let widest = '';
    let right = root.clientWidth;
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.right > right + 0.5) {
        right = box.right;
        widest = `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}" ends at ${Math.round(box.right)}px`;
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
  expect(scrollWidth, `${what} scrolls sideways at 320 px: ${widest}`).toBeLessThanOrEqual(clientWidth);
}

test('every page shows 112 and 114 14 in the first screen at 320 × 568 and does not scroll sideways', async ({
  page,
}) => {
  await forEachPage(sitePagesWithNotFound(), async (path) => {
    await openPage(page, path);
    const emergency = page.getByRole('complementary', { name: uiOf(path).emergency.label });
    await expect(emergency.getByRole('link', { name: '112', exact: true })).toBeInViewport({ ratio: 1 });
    await expect(emergency.getByRole('link', { name: '114 14', exact: true })).toBeInViewport({ ratio: 1 });
    await expectNoSidewaysScroll(page, path);
  });
});

test('search results do not scroll sideways at 320 px', async ({ page }) => {
  await page.goto('/sok/?q=polisanm%C3%A4lan');
  await expect(page.getByRole('heading', { name: /Träffar för/ })).toBeVisible();
  await expectNoSidewaysScroll(page, 'the search results for "polisanmälan"');
});

test('the menu opens and fits at 320 px', async ({ page }) => {
  await page.goto('/');
  await page.getByText('Meny', { exact: true }).click();
  await expect(
    page.getByRole('navigation', { name: 'Meny' }).getByRole('link', { name: 'För kommuner och regioner' }),
  ).toBeVisible();
  await expectNoSidewaysScroll(page, 'the open menu');
});
