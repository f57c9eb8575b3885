// The tillgänglighetsredogörelse and the page on cookies and personal data, linked from every page's footer.
import { feedbackSite } from '../support/servers.ts';
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { forEachPage } from '../support/browser.ts';
import { sitePages } from '../support/dist.ts';
import { conformance, parseChecklist } from '../../src/collections/accessibility-checklist';
import { uiOf } from '../support/languages.ts';

test('the footer of every page links to the accessibility statement and the cookie page', async ({ page }) => {
  await forEachPage(sitePages(), async (path) => {
    await page.goto(path);
    const footer = page.getByRole('contentinfo');
    const link = (href: string) => uiOf(path).footer.links.find((candidate) => candidate.href === href)!.text;
    await expect(footer.getByRole('link', { name: link('/tillganglighet/'), exact: true })).toHaveAttribute(
      'href',
      '/tillganglighet/',
    );
    await expect(
      footer.getByRole('link', { name: link('/cookies-och-personuppgifter/'), exact: true }),
    ).toHaveAttribute('href', '/cookies-och-personuppgifter/');
  });
});

test('the accessibility statement has the parts DIGG asks for', async ({ page }) => {
  await page.goto('/tillganglighet/');
  const main = page.getByRole('main');
  // Compliance in one of the three set wordings.
  await expect(main).toContainText(/Webbplatsen är (helt|delvis|inte) förenlig med lag \(2018:1937\)/);
  await expect(main.getByRole('heading', { name: 'Kända brister' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Hur vi har granskat webbplatsen' })).toBeVisible();
  await expect(main).toContainText('WCAG 2.2 på nivå AA');
  await expect(main).toContainText(/Den senaste bedömningen gjordes \d{1,2} [a-zé]+ \d{4}\./);
  // A feedback route: the responsible editor's address, from content/people/.
  await expect(main.getByRole('link', { name: 'anna-lena.pogulis@skr.se' })).toHaveAttribute(
    'href',
    'mailto:anna-lena.pogulis@skr.se',
  );
  await expect(main.getByRole('link', { name: 'Anmäl brister i tillgängligheten till DIGG' })).toHaveAttribute(
    'href',
    'https://www.digg.se/tdosanmalan',
  );
});

test('the accessibility statement says what docs/accessibility.md says: its level, every unchecked criterion and the date', async ({
  page,
}) => {
  const checklist = parseChecklist(readFileSync(new URL('../../docs/accessibility.md', import.meta.url), 'utf8'));
  await page.goto('/tillganglighet/');
  const main = page.getByRole('main');
  await expect(main).toContainText(`Webbplatsen är ${conformance(checklist)} med lag (2018:1937).`);
  const untested = main
    .getByRole('list')
    .filter({ has: page.getByRole('listitem').filter({ hasText: /^\d+\.\d+\.\d+ / }) });
  const listed = (await untested.getByRole('listitem').allInnerTexts()).map((text) => text.split(' ')[0]);
  const unchecked = checklist.criteria.filter((criterion) => !criterion.checkedByPerson);
  // Those no test checks first, then those only tests check: every criterion a person has not checked, once.
  const expected = [
    ...unchecked.filter((c) => c.tests.length === 0),
    ...unchecked.filter((c) => c.tests.length > 0),
  ].map((c) => c.number);
  expect(listed).toEqual(expected);
  await expect(main.getByText('1.3.3 Sensoriska kännetecken (nivå A)')).toBeVisible();
  const assessed = checklist.assessed.toISOString().slice(0, 10);
  await expect(
    main
      .getByRole('paragraph')
      .filter({ hasText: 'Den senaste bedömningen gjordes' })
      .locator(`time[datetime="${assessed}"]`),
  ).toBeVisible();
});

test('the cookie page says nothing is stored in the browser, why there is no cookie banner, and that the feedback question sends nothing without a service', async ({
  page,
}) => {
  await page.goto('/cookies-och-personuppgifter/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Det här sparar webbplatsen i din webbläsare' })).toBeVisible();
  await expect(main).toContainText('Ingenting.');
  await expect(main.getByRole('heading', { name: 'Därför finns ingen kakruta' })).toBeVisible();
  await expect(main).toContainText('Svarar du Ja eller Nej skickas ingenting och ingenting sparas.');
  await expect(main).not.toContainText('sparar vi');
});

test.describe('where nginx runs the feedback service', () => {
  test.use({ baseURL: `http://127.0.0.1:${feedbackSite.port}` });

  test('the cookie page says what the service stores (page, answer, day), that nothing identifies the reader, and who "vi" is', async ({
    page,
  }) => {
    await page.goto('/cookies-och-personuppgifter/');
    const main = page.getByRole('main');
    // Still true with the service on: it stores nothing in the browser.
    await expect(main.getByRole('heading', { name: 'Det här sparar webbplatsen i din webbläsare' })).toBeVisible();
    await expect(main).toContainText(
      'sparar vi tre uppgifter: vilken sida du läste, ditt svar och vilken dag du svarade.',
    );
    await expect(main).toContainText('ingenting som visar vem du är');
    await expect(main).toContainText(
      'Med ”vi” menar vi den som driver den här webbplatsen: svaren skickas till samma server som sidan kommer från.',
    );
    await expect(main).not.toContainText('skickas ingenting');
  });
});

// What the cookie page says, that visiting and searching stores nothing and contacts no other site, is checked on
// every page and on a search in tests/e2e/no-reader-data-leaves-the-site-or-stays-behind.test.ts.
