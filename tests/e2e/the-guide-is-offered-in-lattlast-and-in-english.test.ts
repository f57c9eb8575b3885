// Lättläst and In English: linked from the top of every page, tied together with hreflang, the English page built
// from the same data files as the Swedish ones, and an English search that finds it.
import { test, expect } from '@playwright/test';
import { entriesOf } from '../support/content.ts';
import { forEachPage, openPage } from '../support/browser.ts';
import { sitePagesWithNotFound } from '../support/dist.ts';
import { editionOfPath, uiOf } from '../support/languages.ts';

const phones = entriesOf('phoneNumbers');
const links = entriesOf('links');
const tel = (id: string) => `tel:${phones[id].number.replace(/\D/g, '')}`;

test('every page offers the other versions of the guide at the top, each link in its own language', async ({
  page,
  request,
}) => {
  // Most pages link to the same few version pages: each address is fetched once.
  const status = new Map<string, number>();
  await forEachPage(sitePagesWithNotFound(), async (path) => {
    await openPage(page, path);
    const t = uiOf(path);
    const versions = page.getByRole('banner').getByRole('navigation', { name: t.nav.versionsLabel });
    const edition = editionOfPath(path);
    const english = versions.getByRole('link', { name: 'In English', exact: true });
    const lattlast = versions.getByRole('link', { name: 'Lättläst', exact: true });
    const swedish = versions.getByRole('link', { name: 'Svenska', exact: true });
    if (edition !== 'en') {
      await expect(english).toHaveAttribute('lang', 'en');
      await expect(english).toHaveAttribute('hreflang', 'en');
      expect(await english.getAttribute('href')).toMatch(/^\/en\//);
    }
    if (edition !== 'lattlast') expect(await lattlast.getAttribute('href')).toMatch(/^\/lattlast\//);
    if (edition !== 'sv') await expect(swedish).toHaveAttribute('hreflang', 'sv');
    if (edition === 'en') {
      await expect(swedish).toHaveAttribute('lang', 'sv');
      await expect(lattlast).toHaveAttribute('lang', 'sv');
    }
    // At the top: before the page's own heading, and in the first screen.
    await expect(versions.getByRole('link').first()).toBeInViewport();
    for (const href of await versions
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!))) {
      if (!status.has(href)) status.set(href, (await request.get(href)).status());
      expect(status.get(href), `${href} from ${path}`).toBe(200);
    }
  });
});

test('a page with a Lättläst version links straight to it, and the Lättläst page links back', async ({ page }) => {
  await page.goto('/polisanmalan/');
  await page.getByRole('link', { name: 'Lättläst', exact: true }).click();
  await expect(page).toHaveURL(/\/lattlast\/polisanmalan\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await page.getByRole('link', { name: 'Svenska', exact: true }).click();
  await expect(page).toHaveURL(/\/polisanmalan\/$/);
});

test('the Swedish and English start pages point to each other with hreflang, and to x-default', async ({ page }) => {
  const expected = [
    ['sv', '/'],
    ['en', '/en/'],
    ['x-default', '/'],
  ];
  for (const path of ['/', '/en/', '/lattlast/']) {
    await page.goto(path);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((elements) =>
        elements.map((element) => [element.getAttribute('hreflang'), new URL(element.getAttribute('href')!).pathname]),
      );
    expect(alternates, path).toEqual(expected);
  }
});

test('the sitemap gives sv, en and x-default for the start page and the English page', async ({ request }) => {
  const xml = await (await request.get('/sitemap-0.xml')).text();
  for (const path of ['/', '/en/']) {
    const entry = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)]
      .map((match) => match[1])
      .find((url) => new URL(/<loc>([^<]+)<\/loc>/.exec(url)![1]).pathname === path)!;
    const hreflangs = [...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [
      match[1],
      new URL(match[2]).pathname,
    ]);
    expect(hreflangs, path).toEqual([
      ['sv', '/'],
      ['en', '/en/'],
      ['x-default', '/'],
    ]);
  }
});

test('/en/ is English and carries the essentials, with every number and link from the data files', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const t = uiOf('/en/');
  // English chrome: emergency bar, search, footer.
  const emergency = page.getByRole('complementary', { name: t.emergency.label });
  await expect(emergency).toContainText('say that you are an elected official');
  await expect(page.getByRole('banner').getByRole('searchbox', { name: t.search.label })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText(t.footer.published);
  await expect(page.getByRole('region', { name: t.feedback.question })).toBeVisible();

  const main = page.getByRole('main');
  for (const id of ['nodnummer', 'polisen', 'brottsofferjouren', 'vardguiden']) {
    await expect(main.locator(`a[href="${tel(id)}"]`).first(), `${id}: ${phones[id].number}`).toBeVisible();
  }
  await expect(main.getByRole('heading', { name: 'Are you in danger now?' })).toBeVisible();
  await expect(
    main.getByRole('region', { name: 'Are you in danger now?' }).getByRole('link', { name: '112', exact: true }),
  ).toBeVisible();
  await expect(main).toContainText('Say that you are an elected official');
  // The security officers of the municipality or region, and of the party.
  await expect(main.getByRole('region', { name: 'Tell your security officer' })).toContainText(
    'Contact the security officer of your municipality or region, and of your party.',
  );
  await expect(main).toContainText('Brottsofferjouren – Victim Support Sweden');
  // The English guide: every page is linked from the start page.
  for (const name of [
    'What to do now, step by step',
    'How to report to the police',
    'Support for victims of crime',
    'Threats and hate online',
    'Threatening letters, calls and packages',
    'Your family and the people close to you',
    'Protecting your address',
    'If you feel bad afterwards',
  ]) {
    await expect(main.getByRole('link', { name, exact: true }).last()).toHaveAttribute('href', /^\/en\/[a-z-]+\/$/);
  }
});

test('/en/police-report/ explains åtkomstskydd, marked as Swedish, and links the police from the data files', async ({
  page,
}) => {
  await page.goto('/en/police-report/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Report on 114 14' })).toBeVisible();
  await expect(main).toContainText('Say that the report concerns an elected official');
  await expect(main.locator('[lang="sv"]', { hasText: /^åtkomstskydd$/ }).first()).toBeVisible();
  await expect(main).toContainText('limits who can see your report');
  await expect(main).toContainText('decides');
  await expect(main.locator(`a[href="${links['polisen-anmalan'].url}"]`)).toHaveCount(1);
  for (const id of ['nodnummer', 'polisen']) await expect(main.locator(`a[href="${tel(id)}"]`).first()).toBeVisible();
});

test('every English guide page points to its Swedish page with hreflang, and the Swedish page back', async ({
  page,
}) => {
  for (const [english, swedish] of [
    ['/en/what-to-do-now/', '/vad-gor-jag-nu/'],
    ['/en/police-report/', '/polisanmalan/'],
    ['/en/support/', '/stod-och-hjalp/'],
    ['/en/online-threats/', '/hot-pa-natet/'],
    ['/en/letters-calls-and-packages/', '/hotbrev-och-samtal/'],
    ['/en/family/', '/familj/'],
    ['/en/protecting-your-address/', '/skydda-din-adress/'],
    ['/en/feeling-bad-afterwards/', '/ma-daligt/'],
    ['/en/contact-bans/', '/kontaktforbud/'],
  ]) {
    for (const path of [english, swedish]) {
      await page.goto(path);
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((elements) =>
          elements.map((element) => [
            element.getAttribute('hreflang'),
            new URL(element.getAttribute('href')!).pathname,
          ]),
        );
      expect(alternates, path).toEqual([
        ['sv', swedish],
        ['en', english],
        ['x-default', swedish],
      ]);
    }
    // The version link at the top leads from the Swedish page straight to its English page.
    await expect(
      page
        .getByRole('navigation', { name: uiOf(swedish).nav.versionsLabel })
        .getByRole('link', { name: 'In English', exact: true }),
    ).toHaveAttribute('href', english);
  }
});

test('a Lättläst page reads easily all through: emergency line, feedback question, sources and footer', async ({
  page,
}) => {
  await page.goto('/lattlast/polisanmalan/');
  const t = uiOf('/lattlast/polisanmalan/');
  await expect(page.getByRole('complementary', { name: t.emergency.label })).toContainText('säg att du är politiker');
  await expect(page.getByRole('region', { name: 'Fick du hjälp av sidan?' })).toBeVisible();
  await expect(page.getByRole('heading', { name: t.sources.heading })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Polisen om hot på nätet');
  await expect(page.getByRole('contentinfo')).toContainText('Har du frågor om sidan? Skriv till');
  await expect(page.getByRole('banner')).toContainText('mot politiker');
});

test('an English search for "report a threat" finds the English police-report page first, and no Swedish page', async ({
  page,
}) => {
  await page.goto('/en/');
  const field = page.getByRole('banner').getByRole('searchbox', { name: 'Search the guide' });
  await field.fill('report a threat');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=report(\+|%20)a(\+|%20)threat$/);
  await expect(page.getByRole('heading', { name: 'Results for “report a threat”' })).toBeVisible();
  const results = page.getByRole('main').locator('ol').getByRole('listitem');
  await expect(results.first().getByRole('link')).toHaveAttribute('href', /^\/en\/police-report\/(#.*)?$/);
  const hrefs = await results.getByRole('link').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
  expect(
    hrefs.filter((href) => !href.startsWith('/en/')),
    'Swedish pages among the English results',
  ).toEqual([]);
});

test('a Swedish search does not list the English page', async ({ page }) => {
  await page.goto('/sok/?q=polisen');
  await expect(page.getByRole('heading', { name: 'Träffar för ”polisen”' })).toBeVisible();
  const hrefs = await page
    .getByRole('main')
    .locator('ol a')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => href.startsWith('/en/'))).toEqual([]);
});
