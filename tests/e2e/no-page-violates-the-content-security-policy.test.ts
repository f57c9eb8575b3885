import { test, expect, type Page } from '@playwright/test';
import { sitePagesWithNotFound } from '../support/dist.ts';
import { feedbackSite } from '../support/servers.ts';
import { searchFor } from '../support/search.ts';
import { forEachPage } from '../support/browser.ts';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

// Collected from the first script on every document, before any of the page's own code runs.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
});

const violations = (page: Page) => page.evaluate(() => window.cspViolations);

test("every page loads without a CSP violation under both the header and Astro's meta policy", async ({ page }) => {
  await forEachPage(sitePagesWithNotFound(), async (path) => {
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    expect(await violations(page)).toEqual([]);
  });
});

test('a search loads Pagefind and its WebAssembly without a CSP violation', async ({ page }) => {
  await searchFor(page, 'polisanmälan');
  await expect(page.locator('#sokresultat .search-results a').first()).toHaveAttribute('href', /^\//);
  expect(await violations(page)).toEqual([]);
});

test('an injected inline script is blocked and reported, so the checks above can see violations', async ({ page }) => {
  await page.goto('/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    return 'injected' in window;
  });
  expect(ran).toBe(false);
  // Reported by Astro's meta element, which governs scripts (the header governs framing, forms and connections).
  await expect.poll(() => violations(page)).not.toEqual([]);
  for (const violation of await violations(page)) expect(violation).toMatch(/^script-src(-elem)? blocked inline/);
});

test('writing, downloading, printing and clearing incident notes cause no CSP violation', async ({ page }) => {
  await page.goto('/dokumentera/');
  const notes = page.getByRole('region', { name: 'Anteckningar om händelsen' });
  await notes.getByLabel('Vad hände?', { exact: true }).fill('Ett hotfullt mejl.');
  const download = page.waitForEvent('download');
  await notes.getByRole('button', { name: 'Ladda ner som textfil' }).click();
  await download;
  // window.print would open a dialog headless Chromium cannot close; the print styles are checked instead.
  await page.evaluate(() => (window.print = () => undefined));
  await notes.getByRole('button', { name: 'Skriv ut' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(notes.getByLabel('Vad hände?', { exact: true })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await notes.getByRole('button', { name: 'Töm formuläret' }).click();
  await expect(notes.getByRole('status')).toHaveText('Formuläret är tömt.');
  expect(await violations(page)).toEqual([]);
});

test('making a card link, whose checks the akutkort fetches when the officer starts, causes no CSP violation', async ({
  page,
}) => {
  await page.goto('/akutkort/');
  const part = page.getByRole('region', { name: 'För säkerhetsansvariga: skicka kortet med dina uppgifter' });
  await part.getByLabel('Ditt namn').fill('Kim Exempelsson');
  await part.getByLabel('Ditt telefonnummer').fill('070-123 45 67');
  await part.getByRole('button', { name: 'Skapa länk' }).click();
  await expect(part.getByRole('textbox', { name: 'Din länk' })).toHaveValue(
    /#namn=Kim\+Exempelsson&telefon=070-123\+45\+67$/,
  );
  expect(await violations(page)).toEqual([]);
});

test.describe('where nginx runs the feedback service', () => {
  test.use({ baseURL: `http://127.0.0.1:${feedbackSite.port}` });

  test('sending feedback to the service causes no CSP violation', async ({ page }) => {
    let answered = 0;
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === feedbackSite.endpoint && response.ok()) answered++;
    });
    await page.goto('/sakerhetsansvarig/');
    await page.getByRole('button', { name: 'Ja', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Tack för att du hjälper oss!' })).toBeVisible();
    expect(answered).toBe(1);
    expect(await violations(page)).toEqual([]);
  });
});
