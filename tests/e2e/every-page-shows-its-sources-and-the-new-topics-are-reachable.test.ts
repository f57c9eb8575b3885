import { test, expect } from '@playwright/test';
import { forEachPage, openPage } from '../support/browser.ts';
import { sitePages } from '../support/dist.ts';
import { uiOf } from '../support/languages.ts';

// Pages that state nothing beyond the guide itself (seed: true without sources): they have no Källor list.
const withoutSources = ['/sok/', '/en/search/', '/cookies-och-personuppgifter/'];

test('every page that states facts ends with its sources, each with a name and the day it was compared with the source or a stored copy of it', async ({
  page,
}) => {
  await forEachPage(
    sitePages().filter((p) => !withoutSources.includes(p)),
    async (path) => {
      await openPage(page, path);
      const t = uiOf(path);
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 2, name: t.sources.heading, exact: true })).toBeVisible();
      const items = main.getByRole('region', { name: t.sources.heading }).getByRole('listitem');
      expect(await items.count(), `sources on ${path}`).toBeGreaterThan(0);
      for (const text of await items.allInnerTexts()) {
        expect(text, `a source on ${path}`).toMatch(
          new RegExp(
            `^\\S.{5,}\\. (${t.sources.checked}|${t.sources.checkedWithCopy}) \\d{1,2} [a-zA-Zåäö]+ \\d{4}\\.$`,
          ),
        );
      }
    },
  );
});

test('a dated source says how old it is, on the page and in its sources', async ({ page }) => {
  await openPage(page, '/forbered-dig/');
  const main = page.getByRole('main');
  await expect(main).toContainText('Handboken är från 2021.');
  await expect(main.getByRole('region', { name: 'Källor' })).toContainText(
    'Personlig säkerhet, handbok från Säkerhetspolisen (sakerhetspolisen.se), publicerad 26 november 2021.',
  );
  await openPage(page, '/efter-anmalan/');
  await expect(page.getByRole('main')).toContainText('Polisens sida om grupperna saknar datum');
  // A comparison with a stored copy of the source is not a check of the live page, and says so.
  await expect(page.getByRole('region', { name: 'Källor' })).toContainText(
    'Demokratibrott, Polisen, utan datum. Jämförd med en sparad kopia av källan 29 november 2026.',
  );
  await openPage(page, '/om-guiden/');
  await expect(page.getByRole('region', { name: 'Källor' })).toContainText(
    'SKL har bytt namn till SKR, Motala kommun. Jämförd med källan 29 november 2026.',
  );
  await openPage(page, '/efter-anmalan/');
  await expect(
    page.getByRole('region', { name: 'Källor' }).getByRole('link', { name: 'Demokratibrott, Polisen' }),
  ).toHaveAttribute('href', 'https://polisen.se/om-polisen/polisens-arbete/demokratibrott/');
});

const newPages: { path: string; menu: string }[] = [
  { path: '/efter-anmalan/', menu: 'Efter anmälan' },
  { path: '/familj/', menu: 'Din familj' },
  { path: '/skydda-din-adress/', menu: 'Skydda din adress' },
  { path: '/hot-pa-natet/', menu: 'Hot på nätet' },
  { path: '/hotbrev-och-samtal/', menu: 'Hotbrev och samtal' },
  { path: '/ma-daligt/', menu: 'Mår du dåligt?' },
  { path: '/forbered-dig/', menu: 'Förbered dig' },
];

test('each new topic is in the menu and linked from the step guide', async ({ page }) => {
  await openPage(page, '/vad-gor-jag-nu/');
  const menu = page.getByRole('navigation', { name: 'Sidor i guiden' });
  const steps = page.getByRole('main');
  for (const { path, menu: label } of newPages) {
    await expect(menu.getByRole('link', { name: label, exact: true }), `menu entry for ${path}`).toHaveAttribute(
      'href',
      path,
    );
    expect(
      await steps.locator(`a[href="${path}"], a[href^="${path}#"]`).count(),
      `step guide links to ${path}`,
    ).toBeGreaterThan(0);
  }
});

// The answers to the reader's remaining questions: in the menu, and linked from the pages a reader is on
// when the question comes up.
const answers: { path: string; menu: string; from: string[] }[] = [
  {
    path: '/kontaktforbud/',
    menu: 'Kontaktförbud',
    from: ['/vad-gor-jag-nu/', '/efter-anmalan/', '/skydda-din-adress/'],
  },
  {
    path: '/bitrade-och-ersattning/',
    menu: 'Biträde och ersättning',
    from: ['/vad-gor-jag-nu/', '/polisanmalan/', '/efter-anmalan/'],
  },
  { path: '/hot-oga-mot-oga/', menu: 'Hot öga mot öga', from: ['/polisanmalan/', '/hotbrev-och-samtal/'] },
];

test('each answer to the remaining questions is in the menu and linked from the pages where the question comes up', async ({
  page,
}) => {
  for (const { path, menu: label, from } of answers) {
    for (const origin of from) {
      await openPage(page, origin);
      const menu = page.getByRole('navigation', { name: 'Sidor i guiden' });
      await expect(menu.getByRole('link', { name: label, exact: true }), `menu entry for ${path}`).toHaveAttribute(
        'href',
        path,
      );
      expect(
        await page.getByRole('main').locator(`a[href="${path}"], a[href^="${path}#"]`).count(),
        `${origin} links to ${path}`,
      ).toBeGreaterThan(0);
    }
  }
});
