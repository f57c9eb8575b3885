// Each section's "#" link gets a "Kopiera länk" button beside it where JavaScript runs; without it the "#" stays a
// plain anchor. Officers paste these addresses into mail and intranets.
import { test, expect } from '@playwright/test';
import { browserStorage, nothingStored, recordRequests } from './support/built-site';

const section = { page: '/polisanmalan/', id: 'anmal-pa-114-14', heading: 'Anmäl på 114 14' };

test.describe('with the clipboard allowed', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('"Kopiera länk till avsnittet" copies the section\'s full address and says so; nothing is sent or stored', async ({ page }) => {
    await page.goto(section.page, { waitUntil: 'networkidle' });
    const requests = recordRequests(page);
    const button = page.getByRole('button', { name: `Kopiera länk till avsnittet ${section.heading}`, exact: true });
    await expect(button).toHaveText('Kopiera länk');
    // The button shows when the pointer is over the heading, as it is for a mouse user on the way to it.
    await page.getByRole('heading', { name: section.heading }).hover();
    await expect(button).toBeInViewport({ ratio: 1 });
    await button.click();
    const heading = page.locator('.section-heading').filter({ has: page.getByRole('heading', { name: section.heading }) });
    await expect(heading.getByRole('status')).toHaveText('Länken är kopierad.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`${section.page}#${section.id}`, page.url()).href);
    // The "#" link itself is unchanged.
    await expect(page.getByRole('link', { name: `Länk till avsnittet ${section.heading}`, exact: true })).toHaveAttribute('href', `#${section.id}`);
    expect(requests.map((request) => request.url())).toEqual([]);
    expect(await browserStorage(page)).toEqual(nothingStored);
  });
});

test('every section link on a page gets its own copy button', async ({ page }) => {
  await page.goto(section.page);
  const links = page.getByRole('link', { name: /^Länk till avsnittet / });
  const buttons = page.getByRole('button', { name: /^Kopiera länk till avsnittet / });
  await expect(buttons).toHaveCount(await links.count());
  for (const name of await links.evaluateAll((all) => all.map((link) => link.textContent!.replace('#', '').trim()))) {
    await expect(page.getByRole('button', { name: `Kopiera ${name.charAt(0).toLowerCase()}${name.slice(1)}`, exact: true })).toHaveCount(1);
  }
});

test('when the browser refuses to copy, the address goes into the address bar and the reader is told to copy it there', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError'));
  });
  await page.goto(section.page);
  // Keyboard users reach the button by Tab from the "#" link; it shows when focused.
  await page.getByRole('link', { name: `Länk till avsnittet ${section.heading}`, exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Kopiera länk till avsnittet ${section.heading}`, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${section.page}#${section.id}$`));
  const heading = page.locator('.section-heading').filter({ has: page.getByRole('heading', { name: section.heading }) });
  await expect(heading.getByRole('status')).toHaveText('Det gick inte att kopiera. Kopiera adressen i adressfältet.');
});

test('on a phone the button appears for the section the reader tapped "#" on, not beside every heading', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(section.page);
  const button = page.getByRole('button', { name: `Kopiera länk till avsnittet ${section.heading}`, exact: true });
  const box = async () => (await button.boundingBox())?.width ?? 0;
  expect(await box()).toBeLessThanOrEqual(1);
  await page.getByRole('link', { name: `Länk till avsnittet ${section.heading}`, exact: true }).click();
  // Neither hover nor focus keeps it shown now: the section being the page's target does.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect.poll(box).toBeGreaterThan(24);
  const other = page.getByRole('button', { name: 'Kopiera länk till avsnittet Akut fara: ring 112', exact: true });
  expect((await other.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no copy button, and "#" is a plain anchor to the section', async ({ page }) => {
    await page.goto(section.page);
    await expect(page.getByRole('button', { name: /Kopiera länk/ })).toHaveCount(0);
    await page.getByRole('link', { name: `Länk till avsnittet ${section.heading}`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${section.page}#${section.id}$`));
  });
});
