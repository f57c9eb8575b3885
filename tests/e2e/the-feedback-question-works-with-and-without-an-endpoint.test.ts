// "Hjälpte informationen på sidan dig?": without FEEDBACK_ENDPOINT it offers an e-mail to the page's editor;
// with one (a second build, see playwright.config.ts) it sends only {page, answer} there.
import { test, expect, type Page, type Request } from '@playwright/test';
import { browserStorage, nothingStored, recordRequests } from './support/built-site';
import { feedbackBuild } from './support/servers';

const question = 'Hjälpte informationen på sidan dig?';

function feedback(page: Page) {
  return page.getByRole('region', { name: question });
}

test.describe('without an endpoint', () => {
  for (const javaScriptEnabled of [false, true]) {
    test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled });

      test('Ja thanks the reader and offers an e-mail to the page\'s editor with the page address in the subject, sending nothing', async ({ page }) => {
        await page.goto('/polisanmalan/', { waitUntil: 'networkidle' });
        const requests = recordRequests(page);
        const region = feedback(page);
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
        expect(href.pathname).toBe('anna-lena.pogulis@skl.se');
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
    expect(href.pathname).toBe('greta.berg@skl.se');
    expect(href.searchParams.get('subject')).toMatch(/Nej – http:\/\/[^ ]+\/kommuner-och-regioner\/$/);
  });

  test('with the keyboard alone, Enter on Nej moves focus to the thank-you and then to the e-mail link', async ({ page }) => {
    await page.goto('/stod-och-hjalp/');
    const nej = feedback(page).getByRole('link', { name: 'Nej', exact: true });
    await nej.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#tack-nej')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(feedback(page).getByRole('link', { name: /^Skicka ditt svar med e-post/ }).filter({ visible: true })).toBeFocused();
  });

  test('the search page has no feedback question, and content pages load no script for it', async ({ page }) => {
    await page.goto('/sok/');
    await expect(feedback(page)).toHaveCount(0);
    await page.goto('/polisanmalan/');
    await expect(feedback(page)).toBeVisible();
    // The page's only script is the inline section-link copy, which has nothing to do with the feedback question.
    const scripts = await page.locator('script').allTextContents();
    expect(scripts.filter((script) => !script.includes('.section-heading__link'))).toEqual([]);
  });
});

test.describe('with an endpoint set at build time', () => {
  test.use({ baseURL: `http://127.0.0.1:${feedbackBuild.port}` });

  /** Answers every request to the endpoint and keeps them, so nothing leaves the test machine. */
  async function interceptEndpoint(page: Page): Promise<Request[]> {
    const received: Request[] = [];
    await page.route(`${feedbackBuild.endpoint}**`, async (route) => {
      received.push(route.request());
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Mottaget</title><p>Mottaget' });
    });
    return received;
  }

  test('with JavaScript, Nej sends only the page and the answer, and the reader stays on the page and is thanked', async ({ page }) => {
    const received = await interceptEndpoint(page);
    await page.goto('/polisanmalan/', { waitUntil: 'networkidle' });
    const requests = recordRequests(page);
    await feedback(page).getByRole('button', { name: 'Nej', exact: true }).click();
    await expect(feedback(page).getByRole('status')).toHaveText('Tack för att du hjälper oss!');
    await expect(page).toHaveURL(/\/polisanmalan\/$/);

    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request.method()).toBe('POST');
    expect(Object.fromEntries(new URLSearchParams(request.postData()!))).toEqual({ page: '/polisanmalan/', answer: 'nej' });
    const headers = await request.allHeaders();
    expect(headers.cookie).toBeUndefined();
    expect(headers.referer).toBeUndefined();
    // The endpoint is the only address contacted after the page has loaded.
    expect(requests.map((r) => r.url())).toEqual([feedbackBuild.endpoint]);
    expect(await browserStorage(page)).toEqual(nothingStored);
  });

  test('without JavaScript, Ja posts the same two fields as a plain form', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: `http://127.0.0.1:${feedbackBuild.port}` });
    const page = await context.newPage();
    const received = await interceptEndpoint(page);
    await page.goto('/stod-och-hjalp/');
    await feedback(page).getByRole('button', { name: 'Ja', exact: true }).click();
    await expect(page.getByText('Mottaget')).toBeVisible();
    expect(received).toHaveLength(1);
    expect(received[0].method()).toBe('POST');
    expect(Object.fromEntries(new URLSearchParams(received[0].postData()!))).toEqual({ page: '/stod-och-hjalp/', answer: 'ja' });
    await context.close();
  });

  test('the cookie page says what the feedback question sends in this build', async ({ page }) => {
    await page.goto('/cookies-och-personuppgifter/');
    await expect(page.getByRole('main')).toContainText('skickas två uppgifter till oss: vilken sida du läste och ditt svar');
  });
});
