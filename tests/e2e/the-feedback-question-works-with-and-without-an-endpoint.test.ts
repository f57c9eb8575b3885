// "Hjälpte informationen på sidan dig?": where no feedback service answers, it offers an e-mail to the page's editor;
// where nginx runs the service (the same dist/, served with it, see playwright.config.ts) it sends only {page, answer}.
import { test, expect, type Page } from '@playwright/test';
import { storedAnswers } from '../support/feedback-service.ts';
import { browserStorage, nothingStored, recordRequests } from '../support/browser.ts';
import { sectionLinkScript } from '../budgets/first-visit.ts';
import { feedbackSite } from '../support/servers.ts';

const question = 'Hjälpte informationen på sidan dig?';

function feedback(page: Page) {
  return page.getByRole('region', { name: question });
}

test.describe('without an endpoint', () => {
  for (const javaScriptEnabled of [false, true]) {
    test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled });

      test("Ja thanks the reader and offers an e-mail to the page's editor with the page address in the subject, sending nothing", async ({
        page,
      }) => {
        await page.goto('/polisanmalan/');
        const region = feedback(page);
        await expect(region).toBeVisible();
        const requests = recordRequests(page);
        const thanks = region.getByText('Tack för att du hjälper oss!').filter({ visible: true });
        await expect(thanks).toHaveCount(0);
        await region.getByRole('link', { name: 'Ja', exact: true }).click();
        await expect(thanks).toHaveCount(1);
        await expect(page).toHaveURL(/#tack-ja$/);
        await expect(region.getByRole('link', { name: 'Ja', exact: true })).toBeHidden();

        const mail = region.getByRole('link', { name: 'Skicka ditt svar med e-post till Anna-Lena Pogulis' });
        await expect(mail).toBeVisible();
        const href = new URL((await mail.getAttribute('href'))!);
        expect(href.protocol).toBe('mailto:');
        expect(href.pathname).toBe('anna-lena.pogulis@skr.se');
        const subject = href.searchParams.get('subject')!;
        expect(subject).toContain(`${question} Ja`);
        expect(subject).toContain(new URL('/polisanmalan/', 'http://localhost:4321').href);
        expect(requests.map((request) => request.url())).toEqual([]);
        expect(await browserStorage(page)).toEqual(nothingStored);
      });
    });
  }

  test('Nej offers an e-mail to the editor of that page, who may be another person', async ({ page }) => {
    await page.goto('/kommuner-och-regioner/');
    await feedback(page).getByRole('link', { name: 'Nej', exact: true }).click();
    const mail = feedback(page).getByRole('link', { name: 'Skicka ditt svar med e-post till Greta Berg' });
    await expect(mail).toBeVisible();
    const href = new URL((await mail.getAttribute('href'))!);
    expect(href.pathname).toBe('greta.berg@skr.se');
    expect(href.searchParams.get('subject')).toMatch(/Nej – http:\/\/[^ ]+\/kommuner-och-regioner\/$/);
  });

  test('with the keyboard alone, Enter on Nej moves focus to the thank-you and then to the e-mail link', async ({
    page,
  }) => {
    await page.goto('/stod-och-hjalp/');
    const nej = feedback(page).getByRole('link', { name: 'Nej', exact: true });
    await nej.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#tack-nej')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(
      feedback(page)
        .getByRole('link', { name: /^Skicka ditt svar med e-post/ })
        .filter({ visible: true }),
    ).toBeFocused();
  });

  test('the search page has no feedback question, and content pages load no script for it', async ({ page }) => {
    await page.goto('/sok/');
    await expect(feedback(page)).toHaveCount(0);
    await page.goto('/polisanmalan/');
    await expect(feedback(page)).toBeVisible();
    // The page's only script is the inline section-link copy, which has nothing to do with the feedback question.
    expect(
      (await page.locator('script').allTextContents()).filter((script) => !sectionLinkScript.matches(script)),
    ).toEqual([]);
  });
});

test.describe('with the feedback service on the same origin', () => {
  test.use({ baseURL: `http://127.0.0.1:${feedbackSite.port}` });

  /** How many answers the service's database holds for a page and answer. */
  const stored = (path: string, answer: 'ja' | 'nej') =>
    storedAnswers(feedbackSite.database).byPage[`${path} ${answer}`] ?? 0;

  test('with JavaScript, Nej sends only the page and the answer, the reader stays on the page and is thanked, and it is stored', async ({
    page,
  }) => {
    const before = stored('/polisanmalan/', 'nej');
    await page.goto('/polisanmalan/');
    await expect(feedback(page).getByRole('button', { name: 'Nej', exact: true })).toBeVisible();
    const requests = recordRequests(page);
    await feedback(page).getByRole('button', { name: 'Nej', exact: true }).click();
    await expect(feedback(page).getByRole('status')).toHaveText('Tack för att du hjälper oss!');
    await expect(page).toHaveURL(/\/polisanmalan\/$/);

    // The service is the only address contacted after the page has loaded, on the site's own origin.
    expect(requests.map((r) => r.url())).toEqual([`http://127.0.0.1:${feedbackSite.port}${feedbackSite.endpoint}`]);
    const [request] = requests;
    expect(request.method()).toBe('POST');
    expect(Object.fromEntries(new URLSearchParams(request.postData()!))).toEqual({
      page: '/polisanmalan/',
      answer: 'nej',
    });
    const headers = await request.allHeaders();
    expect(headers.cookie).toBeUndefined();
    expect(headers.referer).toBeUndefined();
    expect((await request.response())?.status()).toBe(200);
    expect(stored('/polisanmalan/', 'nej')).toBe(before + 1);
    expect(await browserStorage(page)).toEqual(nothingStored);
  });

  test('without JavaScript, Ja posts the same two fields as a plain form, and the service thanks the reader with a link back', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      baseURL: `http://127.0.0.1:${feedbackSite.port}`,
    });
    const page = await context.newPage();
    const before = stored('/stod-och-hjalp/', 'ja');
    await page.goto('/stod-och-hjalp/');
    const requests = recordRequests(page);
    await feedback(page).getByRole('button', { name: 'Ja', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tack för att du hjälper oss!' })).toBeVisible();
    expect(Object.fromEntries(new URLSearchParams(requests[0].postData()!))).toEqual({
      page: '/stod-och-hjalp/',
      answer: 'ja',
    });
    expect(stored('/stod-och-hjalp/', 'ja')).toBe(before + 1);
    await page.getByRole('link', { name: /^Tillbaka till / }).click();
    await expect(page).toHaveURL(/\/stod-och-hjalp\/$/);
    await context.close();
  });

  test('when the answer cannot be stored, the reader is told so and can try again', async ({ page }) => {
    // The one case not made for real here (the service tests fill a disk for it): a 503 from the service.
    await page.route(`**${feedbackSite.endpoint}`, (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: '{}' }),
    );
    await page.goto('/om-guiden/');
    await feedback(page).getByRole('button', { name: 'Ja', exact: true }).click();
    await expect(feedback(page).getByRole('status')).toHaveText('Svaret kunde inte skickas. Försök igen senare.');
    await expect(feedback(page).getByRole('button', { name: 'Ja', exact: true })).toBeEnabled();
  });

  test('the cookie page says what the feedback service stores where it runs', async ({ page }) => {
    await page.goto('/cookies-och-personuppgifter/');
    await expect(page.getByRole('main')).toContainText(
      'sparar vi tre uppgifter: vilken sida du läste, ditt svar och vilken dag du svarade',
    );
  });
});
