// The akutkort: the numbers and the first three steps on one A4 page, with the security officer's own contact typed in.
import { test, expect } from '@playwright/test';
import { browserStorage, nothingStored, pdfPageCount, recordRequests } from '../support/browser.ts';

test('the card shows 112, 114 14, 116 006 and the three first steps in order', async ({ page }) => {
  await page.goto('/akutkort/');
  const card = page.getByRole('region', { name: 'Akutkort: om du hotas eller angrips som förtroendevald' });
  const steps = card.getByRole('listitem').filter({ has: page.locator('strong') });
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText('Är du i fara just nu?');
  await expect(steps.nth(0).getByRole('link', { name: '112', exact: true })).toHaveAttribute('href', 'tel:112');
  await expect(steps.nth(1)).toContainText('Berätta för din säkerhetsansvariga');
  await expect(steps.nth(2)).toContainText('Anmäl till polisen');
  await expect(steps.nth(2).getByRole('link', { name: '114 14', exact: true })).toHaveAttribute('href', 'tel:11414');
  await expect(steps.nth(2)).toContainText('förtroendevald');
  await expect(steps.nth(2)).toContainText('åtkomstskydd');
  await expect(card.getByRole('link', { name: '116 006', exact: true })).toHaveAttribute('href', 'tel:116006');
});

test('the security officer types their name and number, and the card prints them on exactly one A4 page, alone', async ({
  page,
}) => {
  await page.goto('/akutkort/');
  const card = page.getByRole('region', { name: 'Akutkort: om du hotas eller angrips som förtroendevald' });
  await expect(card).toBeVisible();
  const requests = recordRequests(page);
  const contact = card.getByRole('group', { name: 'Din säkerhetsansvariga' });
  await contact.getByLabel('Namn').fill('Kim Exempelsson, kommunens säkerhetsansvariga');
  await contact.getByLabel('Telefon').fill('012-345 67 89');

  await page.emulateMedia({ media: 'print' });
  await expect(contact.getByLabel('Namn')).toBeVisible();
  await expect(contact.getByLabel('Namn')).toHaveValue('Kim Exempelsson, kommunens säkerhetsansvariga');
  await expect(contact.getByLabel('Telefon')).toHaveValue('012-345 67 89');
  // Only the card is printed: not the page's heading, its instructions or the site's emergency bar.
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Nödnummer' })).toBeHidden();
  await expect(card).toBeVisible();

  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdfPageCount(pdf)).toBe(1);
  expect(requests.map((request) => request.url())).toEqual([]);
  expect(await browserStorage(page)).toEqual(nothingStored);
});

test('the print button appears with JavaScript and opens the print dialog', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => void (window as unknown as { printCalls: number }).printCalls++;
  });
  await page.goto('/akutkort/');
  await page.getByRole('button', { name: 'Skriv ut akutkortet' }).click();
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no print button, the page says how to print, and the typed contact still prints', async ({ page }) => {
    await page.goto('/akutkort/');
    await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('main')).toContainText('skriva ut kortet med webbläsarens vanliga utskriftsfunktion');
    await page.getByLabel('Namn', { exact: true }).fill('Kim Exempelsson');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByLabel('Namn', { exact: true })).toHaveValue('Kim Exempelsson');
    await expect(page.getByLabel('Namn', { exact: true })).toBeVisible();
    expect(pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
  });
});
