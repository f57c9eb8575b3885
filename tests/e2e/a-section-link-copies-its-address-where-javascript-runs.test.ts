// A security officer pastes a section's address into a mail. Where JavaScript and the Clipboard API run, activating a
// section's "#" link also copies the section's address and says so; it adds no control and no Tab stop. Without
// them "#" is a plain anchor to the section.
import { test, expect, type Page } from '@playwright/test';
import { browserStorage, nothingStored, recordRequests } from '../support/browser.ts';
import { focusStop, tabThroughPage } from '../support/focus.ts';
import { startScreenReader } from '../support/screen-reader.ts';
import { overflowingElements } from '../support/measure.ts';

const section = { page: '/polisanmalan/', id: 'anmal-pa-114-14', heading: 'Anmäl på 114 14' };
const other = { id: 'akut-fara-ring-112', heading: 'Akut fara: ring 112' };
const copyName = (heading: string) => `Kopiera länk till avsnittet ${heading}`;
const plainName = (heading: string) => `Länk till avsnittet ${heading}`;
const announced = 'Länken till avsnittet är kopierad.';

/** The polite live region the script adds, whose words screen readers read out. */
const liveRegion = (page: Page) => page.locator('[aria-live="polite"]');
/**
 * The word shown under a section's "#" once it has copied the address, "" when none. It is CSS generated content
 * (left out of the accessible name, since screen readers hear the live region), so it is read from the computed style
 * of the box it is drawn in, and counts only when that box has a size.
 */
const confirmation = (page: Page, heading: string) =>
  page.getByRole('heading', { name: heading, exact: true }).evaluate((h) => {
    const shown = getComputedStyle(h.parentElement!, '::after');
    const text = shown.content.match(/^"([^"]*)"/)?.[1] ?? '';
    return text && shown.display !== 'none' && parseFloat(shown.width) > 0 && parseFloat(shown.height) > 0 ? text : '';
  });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const sectionAddress = (page: Page, id: string) => new URL(`${section.page}#${id}`, page.url()).href;

test.describe('with the clipboard allowed', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a click on "#" copies the section\'s exact address, shows "Kopierad" under it and announces it; nothing is sent or stored', async ({
    page,
  }) => {
    // Opened from a mail with a query: the copied address is the page's own, without it.
    await page.goto(`${section.page}?fran=epost`);
    const requests = recordRequests(page);
    const link = page.getByRole('link', { name: copyName(section.heading), exact: true });
    await expect(link).toHaveAttribute('href', `#${section.id}`);
    expect(await confirmation(page, section.heading)).toBe('');
    await link.click();
    expect(await clipboard(page)).toBe(sectionAddress(page, section.id).replace('?fran=epost', ''));
    await expect(liveRegion(page)).toHaveText(announced);
    expect(await confirmation(page, section.heading)).toBe('Kopierad');
    // It is still a link to the section: the address bar shows the section too.
    await expect(page).toHaveURL(new RegExp(`#${section.id}$`));

    // Copying another section moves "Kopierad" there, and the announcement is made again.
    await page.getByRole('link', { name: copyName(other.heading), exact: true }).click();
    expect(await clipboard(page)).toBe(sectionAddress(page, other.id).replace('?fran=epost', ''));
    await expect(liveRegion(page)).toHaveText(announced);
    expect(await confirmation(page, other.heading)).toBe('Kopierad');
    expect(await confirmation(page, section.heading)).toBe('');

    // On a 320 px phone "Kopierad" beside a long heading still fits: nothing is cut off or scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.getByRole('link', { name: copyName('Varför du ska anmäla'), exact: true }).click();
    await expect.poll(() => confirmation(page, 'Varför du ska anmäla')).toBe('Kopierad');
    expect(await overflowingElements(page)).toEqual([]);

    expect(requests.map((request) => request.url())).toEqual([]);
    expect(await browserStorage(page)).toEqual(nothingStored);
  });

  test('by keyboard: the same Tab stops as without JavaScript, focus always visible, and Enter on "#" copies', async ({
    page,
    browser,
  }) => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const withoutScript = await plain.newPage();
    await withoutScript.goto(section.page);
    const plainStops = await tabThroughPage(withoutScript, 'Tab');
    await plain.close();

    await page.goto(section.page);
    const stops = await tabThroughPage(page, 'Tab');
    expect(
      stops.map((stop) => stop.domIndex),
      'the enhancement adds no Tab stop',
    ).toHaveLength(plainStops.length);
    // From the top of the page, by Tab alone, to the section's "#".
    await page.goto(section.page);
    for (let i = 0; i < 100 && !(await focusStop(page)).name.startsWith(`a "# ${copyName(section.heading)}`); i++) {
      await page.keyboard.press('Tab');
      const stop = await focusStop(page);
      expect(stop.visible, `focus on ${stop.name} is visible: ${stop.indicator}`).toBe(true);
    }
    const link = page.getByRole('link', { name: copyName(section.heading), exact: true });
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await clipboard(page)).toBe(sectionAddress(page, section.id));
    await expect(liveRegion(page)).toHaveText(announced);
    expect(await confirmation(page, section.heading)).toBe('Kopierad');
    // As with any link to a place on the page, the browser moves to the section and leaves focus there: the next Tab
    // comes back to the same "#", with its focus visible and not covered.
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    const after = await focusStop(page);
    expect(after.visible, after.indicator).toBe(true);
    expect(after.obscured).toBe(false);
    // A target of at least 24 × 24 CSS px.
    const box = (await link.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  });
});

test.describe('with a screen reader', () => {
  test.use({ bypassCSP: true, permissions: ['clipboard-read', 'clipboard-write'] });

  test('the link is heard as "Kopiera länk till avsnittet …", and after activating it the copy is announced', async ({
    page,
  }) => {
    await page.goto(section.page);
    const reader = await startScreenReader(page);
    await reader.nextUntil(new RegExp(`^link, ${copyName(section.heading)}$`), 300);
    await reader.clear();
    await reader.act();
    expect(await clipboard(page)).toBe(sectionAddress(page, section.id));
    await expect.poll(() => reader.log()).toContain(`polite: ${announced}`);
    // "Kopierad" beside "#" is for the eye; the reader hears the announcement once, not the word as well.
    expect((await reader.log()).filter((phrase) => phrase.includes('Kopierad'))).toEqual([]);
  });
});

test('when the browser refuses to copy, the reader is told the address is in the address bar', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError'));
  });
  await page.goto(section.page);
  await page.getByRole('link', { name: copyName(section.heading), exact: true }).click();
  await expect(liveRegion(page)).toHaveText('Länken kopierades inte. Den står i adressfältet.');
  await expect(page).toHaveURL(new RegExp(`${section.page}#${section.id}$`));
  expect(await confirmation(page, section.heading)).toBe('');
});

test('on an English page the action and its announcement are in English', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/');
  const link = page.getByRole('link', { name: /^Copy link to the section / }).first();
  await link.click();
  await expect(liveRegion(page)).toHaveText('The link to the section is copied.');
  const heading = (await link.getAttribute('href'))!;
  expect(await page.locator(heading).evaluate((h) => getComputedStyle(h.parentElement!, '::after').content)).toMatch(
    /^"Copied"/,
  );
});

test('where the browser has no Clipboard API, "#" stays a plain anchor', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await page.goto(section.page);
  await expect(page.getByRole('link', { name: plainName(section.heading), exact: true })).toHaveAttribute(
    'href',
    `#${section.id}`,
  );
  await expect(page.getByRole('link', { name: /^Kopiera länk/ })).toHaveCount(0);
  await expect(liveRegion(page)).toHaveCount(0);
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('"#" is a plain anchor to the section, and nothing offers to copy', async ({ page }) => {
    await page.goto(section.page);
    await expect(page.getByRole('link', { name: /^Kopiera länk/ })).toHaveCount(0);
    await expect(liveRegion(page)).toHaveCount(0);
    await page.getByRole('link', { name: plainName(section.heading), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${section.page}#${section.id}$`));
    expect(await confirmation(page, section.heading)).toBe('');
  });
});
