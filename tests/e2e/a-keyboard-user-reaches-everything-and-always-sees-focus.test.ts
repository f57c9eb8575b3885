// A reader without a mouse: Tab, Shift+Tab, Enter and Space only (and typing into fields). On every page focus is
// always visible (an outline or box-shadow ≥ 2 px at ≥ 3:1, WCAG 2.4.7) and not hidden under anything (2.4.11), follows
// the reading order (2.4.3), never opens another page by itself (3.2.1), is never trapped (2.1.2), and the skip link
// leads to the content (2.4.1). Then the guide's journeys, done by keyboard (2.1.1).
import { test, expect, type Page } from '@playwright/test';
import { forEachPage, inHalves, openPage } from '../support/browser.ts';
import { sitePagesWithNotFound } from '../support/dist.ts';
import { feedbackSite } from '../support/servers.ts';
import { focusStop, tabOrder, tabThroughPage, type FocusStop } from '../support/focus.ts';

/** Presses Tab until the focused element matches, and returns it; fails after `limit` presses. */
async function tabTo(page: Page, name: RegExp, limit = 120): Promise<FocusStop> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (stop.onBody) throw new Error(`Focus left the page before Tab reached ${name}`);
    expect(stop.visible, `focus on ${stop.name} is not visible enough: ${stop.indicator}`).toBe(true);
    if (name.test(stop.name)) return stop;
  }
  throw new Error(`Tab never reached ${name}`);
}

// Every stop is measured twice (Tab, then Shift+Tab), and a page has some 60 stops since the menu has 20 pages and the
// footer says where support is: about twice the time of a check that reads each page once.
const KEYBOARD_MS_PER_PAGE = 6_000;

for (const [which, paths] of inHalves(sitePagesWithNotFound())) {
  test(`on the ${which} half of the pages, Tab and Shift+Tab reach every control in reading order with visible focus, and focus gets out`, async ({
    page,
  }) => {
    await forEachPage(
      paths,
      async (path) => {
        await openPage(page, path);
        const address = page.url();
        const forward = await tabThroughPage(page, 'Tab');
        expect(page.url(), 'moving focus does not open another page (WCAG 3.2.1)').toBe(address);
        expect(forward.length, 'the page has controls to reach').toBeGreaterThan(3);
        // The skip link comes first, in the page's language, and leads to the main content.
        const skipLink = page.getByRole('link').first();
        await expect(skipLink).toHaveAttribute('href', `#${await page.getByRole('main').getAttribute('id')}`);
        expect(forward[0].name, 'the skip link comes first').toBe(`a "${(await skipLink.innerText()).trim()}"`);

        for (const stop of forward) {
          expect(stop.visible, `focus on ${stop.name} is not visible enough: ${stop.indicator}`).toBe(true);
          expect(stop.obscured, `${stop.name} is hidden under something else or outside the window when focused`).toBe(
            false,
          );
        }

        // Reading order: each stop comes later in the document than the one before (no positive tabindex)...
        const order = forward.map((stop) => stop.domIndex);
        expect(order, `focus order differs from reading order: ${forward.map((s) => s.name).join(' → ')}`).toEqual(
          [...order].sort((a, b) => a - b),
        );
        // ...and, within one region of the page, is not above the one before nor to its left on the same line.
        for (const [index, stop] of forward.entries()) {
          const before = forward[index - 1];
          if (!before || before.region !== stop.region) continue;
          const sameLine = stop.box.top < before.box.bottom && before.box.top < stop.box.bottom;
          const after = sameLine ? stop.box.left >= before.box.left - 1 : stop.box.top >= before.box.top - 1;
          expect(after, `${stop.name} is reached after ${before.name} but shown before it`).toBe(true);
        }

        // Shift+Tab from past the end goes back through the same stops in reverse. Each stop's focus indicator was
        // measured on the way forward, so the way back records only the order.
        expect(await tabOrder(page, 'Shift+Tab')).toEqual([...order].reverse());
      },
      KEYBOARD_MS_PER_PAGE,
    );
  });
}

test('the skip link shows when focused and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab starts in the content: the start page's first link there is "Vad gör jag nu?".
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('link', { name: 'Vad gör jag nu? Steg för steg' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/vad-gor-jag-nu\/$/);
});

test('by keyboard, the step guide leads from a step to the page it links to', async ({ page }) => {
  await page.goto('/vad-gor-jag-nu/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // The section link is named for what it does where JavaScript runs: it copies the section's address.
  await tabTo(page, /^a "# Kopiera länk till avsnittet Steg 1: /);
  await tabTo(page, /^a "112"$/);
  await tabTo(page, /^a "Så gör du en polisanmälan"$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/polisanmalan\/$/);
});

test('by keyboard, a reader searches and opens the first result', async ({ page }) => {
  await page.goto('/sok/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('searchbox', { name: 'Sök i guiden' })).toBeFocused();
  await page.keyboard.type('polisanmälan');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Träffar för ”polisanmälan”' })).toBeVisible();
  await page.keyboard.press('Tab'); // the search button
  await tabTo(page, /^a "Polisanmälan: så anmäler du/, 3);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/polisanmalan\//);
});

test('by keyboard, a reader fills in the notes, ticks a box with Space, downloads and clears them', async ({
  page,
}) => {
  await page.goto('/dokumentera/');
  await tabTo(page, /^textarea#anteckning-vad-hande/);
  await page.keyboard.type('Hot i ett mejl.');
  await tabTo(page, /^input#anteckning-berattat-3/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Polisen' })).toBeChecked();
  await tabTo(page, /^button "Ladda ner som textfil"$/);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.txt$/);
  await expect(page.getByRole('status')).toHaveText(/har laddats ner/);
  await tabTo(page, /^button "Töm formuläret"$/, 2);
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Vad hände?', { exact: true })).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: 'Polisen' })).not.toBeChecked();
});

test('by keyboard, a reader answers the feedback question and reaches the thank-you', async ({ page }) => {
  await page.goto('/polisanmalan/');
  await tabTo(page, /^a "Ja"$/);
  await page.keyboard.press('Enter');
  const thanks = page.locator('#tack-ja');
  await expect(thanks).toBeFocused();
  await expect(thanks.getByText('Tack för att du hjälper oss!')).toBeInViewport();
  await tabTo(page, /^a "Skicka ditt svar med e-post till /, 2);
});

test.describe('where nginx runs the feedback service', () => {
  test.use({ baseURL: `http://127.0.0.1:${feedbackSite.port}` });

  test('by keyboard, a reader answers the feedback question with Space', async ({ page }) => {
    await page.route(`${feedbackSite.endpoint}**`, (route) => route.fulfill({ status: 204 }));
    await page.goto('/polisanmalan/');
    await tabTo(page, /^button "Ja"$/);
    await page.keyboard.press('Space');
    await expect(page.getByRole('status').filter({ hasText: 'Tack för att du hjälper oss!' })).toBeVisible();
  });
});
