// A frightened reader whose words the index does not know must not meet an empty page: 112, 114 14 and the security
// officer come first, then the way on to the list of every page.
import { test, expect } from '@playwright/test';

test('a search with no hits shows 112, 114 14 and the security officer first, then the list of every page', async ({
  page,
}) => {
  await page.goto('/sok/');
  const field = page.getByRole('main').getByRole('searchbox', { name: 'Sök i guiden' });
  await field.fill('qwxzvbk');
  await field.press('Enter');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Inga träffar för ”qwxzvbk”' })).toBeVisible();

  const acute = main.getByRole('region', { name: 'Behöver du hjälp nu?' });
  await expect(acute).toBeVisible();
  await expect(acute.getByRole('link', { name: '112', exact: true })).toHaveAttribute('href', 'tel:112');
  await expect(acute.getByRole('link', { name: '114 14', exact: true })).toHaveAttribute('href', 'tel:11414');
  await expect(acute).toContainText('och säg att du är förtroendevald.');
  await expect(acute.getByRole('link', { name: 'din säkerhetsansvariga' })).toHaveAttribute(
    'href',
    '/sakerhetsansvarig/',
  );
  await expect(main.getByText('Pröva ett annat ord, eller välj en sida i listan nedan.')).toBeVisible();

  // In reading order: the no-hits heading, the acute steps, the hint, then the list of every page.
  const order = await main.evaluate((element) => {
    const texts = ['Inga träffar för', 'Behöver du hjälp nu?', 'Pröva ett annat ord', 'Alla sidor i guiden'];
    const nodes = [...element.querySelectorAll('h2, h3, p')].filter(
      (node) => (node as HTMLElement).offsetParent !== null,
    );
    return texts.map((text) => nodes.findIndex((node) => node.textContent!.trim().startsWith(text)));
  });
  expect(
    order.every((index) => index >= 0),
    `found in ${order}`,
  ).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  await expect(main.getByRole('link', { name: 'Kontaktförbud' })).toBeVisible();
});

test('a search with hits does not show the acute box', async ({ page }) => {
  await page.goto('/sok/?q=kontaktf%C3%B6rbud');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Träffar för ”kontaktförbud”' })).toBeVisible();
  await expect(main.getByRole('region', { name: 'Behöver du hjälp nu?' })).toHaveCount(0);
});
