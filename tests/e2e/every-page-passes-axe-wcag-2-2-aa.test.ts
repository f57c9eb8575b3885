// Axe with the WCAG 2.2 AA and best-practice rules on every page, and on the act-now pages in their used states.
// Axe runs as JavaScript in the page, so it cannot check a page with JavaScript off; the JS-off tests check those states by role.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { forEachPage, inHalves, openPage } from '../support/browser.ts';
import { sitePagesWithNotFound } from '../support/dist.ts';
import { feedbackSite } from '../support/servers.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Each violation with its rule, impact, help text and the elements it concerns, so a failure says what to fix.
 * Axe runs in the page (legacy mode) rather than finishing in a new tab, which only matters for frames from other
 * origins, and the site has no frames (the WCAG criteria test fails on an iframe); and only violations are listed
 * with every element, not the passes nobody reads. Together that made axe three times as quick, with the same rules.
 */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(tags)
    .setLegacyMode()
    .analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}

for (const [which, paths] of inHalves(sitePagesWithNotFound())) {
  test(`the ${which} half of the pages has no axe violations (WCAG 2.2 AA and best practice)`, async ({ page }) => {
    await forEachPage(paths, async (path) => {
      await openPage(page, path);
      expect(await violations(page)).toEqual([]);
    });
  });
}

test('the notes page has no axe violations once filled in and downloaded', async ({ page }) => {
  await page.goto('/dokumentera/');
  await page.getByLabel('Vad hände?', { exact: true }).fill('Hot i ett mejl.');
  await page.getByLabel('Polisen', { exact: true }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner som textfil' }).click();
  await download;
  expect(await violations(page)).toEqual([]);
});

test('the feedback thank-you has no axe violations', async ({ page }) => {
  await page.goto('/polisanmalan/#tack-nej');
  await expect(page.locator('#tack-nej').getByText('Tack för att du hjälper oss!')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test.describe('where nginx runs the feedback service', () => {
  test.use({ baseURL: `http://127.0.0.1:${feedbackSite.port}` });

  test('the feedback form and its thank-you have no axe violations', async ({ page }) => {
    await page.goto('/kommuner-och-regioner/');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Tack för att du hjälper oss!' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test("the service's own thank-you page has no axe violations", async ({ page }) => {
    await page.goto('/kommuner-och-regioner/');
    // form.submit() skips the submit handler, so the browser posts and shows the service's page, as without JavaScript.
    await page.locator('form[method="post"]').evaluate((form: HTMLFormElement) => {
      form.querySelector<HTMLButtonElement>('button[value="nej"]')!.name = '';
      form.append(Object.assign(document.createElement('input'), { type: 'hidden', name: 'answer', value: 'nej' }));
      form.submit();
    });
    await expect(page.getByRole('heading', { level: 1, name: 'Tack för att du hjälper oss!' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
