// "Vad gör jag nu?": the steps come from content/steps/ and are fully expanded, without JavaScript.
import { test, expect } from '@playwright/test';
import { sectionLinkScript } from '../budgets/first-visit.ts';

const stepTitles = [
  'Är du i fara just nu?',
  'Berätta för din säkerhetsansvariga',
  'Spara bevisen',
  'Anmäl till polisen',
  'Få stöd',
  'Skydda dig framöver',
];

test('the start page links to "Vad gör jag nu?" before anything else in its content', async ({ page }) => {
  await page.goto('/');
  const main = page.getByRole('main');
  const link = main.getByRole('link', { name: 'Vad gör jag nu? Steg för steg' });
  await expect(link).toBeVisible();
  // Prominent: the first link in the page's content, above the first section.
  await expect(main.getByRole('link').first()).toHaveText('Vad gör jag nu? Steg för steg');
  await link.click();
  await expect(page).toHaveURL(/\/vad-gor-jag-nu\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vad gör jag nu?');
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('every step is shown, numbered and in order, in one ordered list', async ({ page }) => {
    await page.goto('/vad-gor-jag-nu/');
    const steps = page.getByRole('main').getByRole('list').first();
    expect(await steps.evaluate((list) => list.tagName)).toBe('OL');
    const items = steps.locator(':scope > li');
    await expect(items).toHaveCount(stepTitles.length);
    for (const [index, title] of stepTitles.entries()) {
      const heading = items.nth(index).getByRole('heading', { level: 2 });
      await expect(heading).toHaveText(`Steg ${index + 1}: ${title}`);
      await expect(heading).toBeVisible();
    }
  });

  test('the steps say what to do: 112, the security officer, evidence (nothing deleted) before 114 14 with åtkomstskydd and K-number, support', async ({
    page,
  }) => {
    await page.goto('/vad-gor-jag-nu/');
    const step = (n: number) => page.getByRole('main').locator('ol.steps > li').nth(n);
    await expect(step(0).getByRole('link', { name: '112', exact: true })).toHaveAttribute('href', 'tel:112');
    await expect(step(1)).toContainText('Den säkerhetsansvariga i den kommun eller region där du är förtroendevald.');
    await expect(step(1)).toContainText('Den säkerhetsansvariga i ditt parti.');
    await expect(step(2)).toContainText('Radera inget innan du anmäler.');
    await expect(step(2)).toContainText('Ta skärmbilder som visar webbadressen, tiden och sammanhanget.');
    await expect(step(2).getByRole('link', { name: 'Skriv ner vad som hände' })).toHaveAttribute(
      'href',
      '/dokumentera/',
    );
    await expect(step(3).getByRole('link', { name: '114 14', exact: true })).toHaveAttribute('href', 'tel:11414');
    await expect(step(3)).toContainText('Säg att anmälan gäller en förtroendevald.');
    await expect(step(3)).toContainText('Be om åtkomstskydd för anmälan.');
    await expect(step(3)).toContainText('K-numret');
    await expect(step(3).getByRole('link', { name: 'Gör en anmälan till Polisen' })).toHaveAttribute(
      'href',
      'https://polisen.se/utsatt-for-brott/polisanmalan/',
    );
    await expect(step(4).getByRole('link', { name: '116 006', exact: true })).toHaveAttribute('href', 'tel:116006');
    await expect(step(4).getByRole('link', { name: '1177', exact: true })).toHaveAttribute('href', 'tel:1177');
    await expect(step(5).getByRole('link', { name: 'Skydda din adress' })).toHaveAttribute(
      'href',
      '/skydda-din-adress/',
    );
  });

  test("security officers find their own step, which leads to SKR's bollplank and the akutkort", async ({ page }) => {
    await page.goto('/vad-gor-jag-nu/');
    const section = page.getByRole('main').locator('ol.steps').nth(1);
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(
      'Steg 1: Är du säkerhetsansvarig i en kommun eller region?',
    );
    await expect(section).toContainText('bollplank');
    await expect(section.getByRole('link', { name: 'SKR:s stöd till kommuner och regioner' })).toHaveAttribute(
      'href',
      '/kommuner-och-regioner/',
    );
    await expect(section.getByRole('link', { name: 'Skriv ut ett akutkort att dela ut' })).toHaveAttribute(
      'href',
      '/akutkort/',
    );
  });
});

test('the step page loads no script, and its only inline script is the section-link copy', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/vad-gor-jag-nu/', { waitUntil: 'networkidle' });
  expect(scripts).toEqual([]);
  const inline = await page.locator('script').allTextContents();
  expect(inline).toHaveLength(1);
  expect(sectionLinkScript.matches(inline[0])).toBe(true);
});

test('a step can be linked to by its address', async ({ page }) => {
  await page.goto('/vad-gor-jag-nu/#anmal-till-polisen');
  await expect(page.locator('#anmal-till-polisen')).toHaveText('Steg 4: Anmäl till polisen');
  await expect(page.locator('#anmal-till-polisen')).toBeInViewport();
});
