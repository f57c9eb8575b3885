// Part A of /work/shared/facts.md: every fact from SKL's page of 7 December 2018 must reach the reader, on the page that carries it.
import { test, expect, type Page, type Locator } from '@playwright/test';
import { asDisplayedPhone, sitePages } from '../support/dist.ts';
import { editionOfPath, uiOf } from '../support/languages.ts';
import { forEachPage } from '../support/browser.ts';

/** The link with this exact visible text, written as people type the number: hyphen-minus and plain spaces. */
async function expectPhoneLink(scope: Page | Locator, display: string, href: string): Promise<void> {
  const link = scope.getByRole('link', { name: asDisplayedPhone(display), exact: true }).first();
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', href);
  expect(await link.textContent(), `"${display}" must be written as people type it`).toBe(asDisplayedPhone(display));
}

async function expectMailLink(scope: Page | Locator, address: string): Promise<void> {
  const link = scope.getByRole('link', { name: address, exact: true }).first();
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', `mailto:${address}`);
}

async function expectExternalLink(page: Page, text: string, url: string): Promise<void> {
  const link = page.getByRole('main').getByRole('link', { name: text, exact: true });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', url);
}

test('every page shows 112 and 114 14 as dialable links and says when it was published', async ({ page }) => {
  await forEachPage(sitePages(), async (path) => {
    await page.goto(path);
    const t = uiOf(path);
    const emergency = page.getByRole('complementary', { name: t.emergency.label });
    await expectPhoneLink(emergency, '112', 'tel:112');
    await expectPhoneLink(emergency, '114 14', 'tel:11414');
    // The seed's "förtroendevald eller politiker": Lättläst says politiker, the word its readers know.
    await expect(emergency).toContainText(
      { sv: 'förtroendevald', lattlast: 'politiker', en: 'elected official' }[editionOfPath(path)],
    );
    const footer = page.getByRole('contentinfo');
    // Pages from the seed carry its date, 7 december 2018; pages added since carry their own.
    const months =
      t.lang === 'sv'
        ? 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december'
        : 'January|February|March|April|May|June|July|August|September|October|November|December';
    await expect(footer).toContainText(new RegExp(`${t.footer.published}\\s*\\d{1,2} (${months}) \\d{4}`));
  });
});

test('the start page gives the first steps: 112, the security officer, 114 14 with åtkomstskydd, evidence and Brottsofferjouren', async ({
  page,
}) => {
  await page.goto('/');
  const main = page.getByRole('main');
  await expectPhoneLink(main, '112', 'tel:112');
  await expectPhoneLink(main, '114 14', 'tel:11414');
  await expect(main).toContainText('Säg att du är förtroendevald, be om åtkomstskydd och fråga efter K-numret.');
  await expect(main).toContainText('Kontakta den säkerhetsansvariga i kommunen eller regionen och i partiet.');
  await expectPhoneLink(main, '116 006', 'tel:116006');
  await expect(main).toContainText('Stödet gäller också vittnen och närstående.');
});

test('the police report page tells the reader to call 112 or 114 14, to say it concerns a förtroendevald and to ask for åtkomstskydd', async ({
  page,
}) => {
  await page.goto('/polisanmalan/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Akut fara: ring 112' })).toBeVisible();
  await expectPhoneLink(main, '112', 'tel:112');
  await expectPhoneLink(main, '114 14', 'tel:11414');
  await expect(
    main.getByRole('listitem').filter({ hasText: 'Säg att anmälan gäller en förtroendevald eller politiker.' }),
  ).toBeVisible();
  await expect(main.getByRole('listitem').filter({ hasText: 'Be om åtkomstskydd för anmälan' })).toBeVisible();
  await expect(main).toContainText('Som förtroendevald kan du begära att anmälan åtkomstskyddas.');
  await expectExternalLink(page, 'Gör en anmälan till Polisen', 'https://polisen.se/utsatt-for-brott/polisanmalan/');
  await expect(main).toContainText(
    'Berätta alltid för din säkerhetsansvariga om det som har hänt, och anmäl det till polisen.',
  );
  await expect(main).toContainText('grunden för det förebyggande arbetet och för det stöd');
});

test('the support page names Brottsofferjouren with 116 006, its earlier number as dated history, Brottsoffermyndigheten and 1177 Vårdguiden', async ({
  page,
}) => {
  await page.goto('/stod-och-hjalp/');
  const main = page.getByRole('main');
  await expect(main).toContainText(
    'Brottsofferjouren: Ger stöd till alla som har utsatts för brott, och till vittnen och närstående.',
  );
  await expectPhoneLink(main, '116 006', 'tel:116006');

  // The seed's number is history: shown as plain text, marked as earlier, with the date SKL gave it.
  const earlier = main.getByText('Tidigare nummer:');
  await expect(earlier).toBeVisible();
  await expect(earlier).toContainText(asDisplayedPhone('0200-21 20 19'));
  await expect(earlier).toContainText('angivet på SKL:s sida 7 december 2018');
  await expect(main.getByRole('link', { name: asDisplayedPhone('0200-21 20 19') })).toHaveCount(0);

  await expectExternalLink(page, 'Hjälp och stöd, Brottsofferjouren', 'https://www.brottsofferjouren.se/');
  await expect(main).toContainText(
    'Har information på sin webbplats om hur du polisanmäler ett brott, hur en rättegång går till och var du kan få stöd, hjälp och skydd',
  );
  await expectExternalLink(
    page,
    'Utsatt för brott, Brottsoffermyndigheten',
    'https://www.brottsoffermyndigheten.se/utsatt-for-brott/',
  );
  await expectExternalLink(
    page,
    'Råd till personer som varit med om allvarliga händelser, Vårdguiden',
    'https://www.1177.se/liv--halsa/psykisk-halsa/rad-till-personer-som-varit-med-om-allvarliga-handelser/',
  );
});

test('the security officer page sends the official to the säkerhetsansvarig of the kommun or region (once landsting) and of the party', async ({
  page,
}) => {
  await page.goto('/sakerhetsansvarig/');
  const main = page.getByRole('main');
  await expect(main).toContainText('vänder du dig till den som är säkerhetsansvarig, eller har motsvarande uppdrag,');
  const whom = main.getByRole('listitem');
  await expect(whom.filter({ hasText: 'i den kommun eller region där du är förtroendevald' })).toHaveCount(1);
  await expect(whom.filter({ hasText: 'i ditt parti' })).toHaveCount(1);
  await expect(main).toContainText('Regionerna hette tidigare landsting.');
  await expect(main).toContainText(
    'Du och den säkerhetsansvariga bedömer tillsammans det som har hänt. Ni bestämmer också hur det ska dokumenteras.',
  );
  await expect(main).toContainText('Rapportera alltid det som har hänt till den säkerhetsansvariga.');
  await expect(main).toContainText('De är grunden för förebyggande arbete och för stöd när förtroendevalda drabbas.');
  await expect(main).toContainText('via din hemkommun eller region och, när det behövs, den lokala polisen');
  await expect(main).toContainText(
    'SKL, i dag SKR, skrev 2018 att stödet till den som har utsatts ges bäst lokalt, i kommunen eller regionen.',
  );
  await expect(main).toContainText('SKR inte stöd till enskilda förtroendevalda');
});

test('the page for kommuner and regioner describes SKL’s programme as history, the bollplank phone support and both contacts at SKR', async ({
  page,
}) => {
  await page.goto('/kommuner-och-regioner/');
  const main = page.getByRole('main');
  await expect(main).toContainText(
    'SKL, i dag SKR, genomförde 2018 en satsning tillsammans med regeringen mot hot och hat mot förtroendevalda.',
  );
  await expect(main).toContainText(
    'Satsningen skulle stödja medlemmarna, som då var kommuner, landsting och regioner.',
  );
  await expect(main).toContainText(
    'SKL gav också information och vägledning på sin webbplats och uppdaterade den löpande.',
  );
  await expect(main).toContainText('Då kan du få telefonstöd av SKR, som ett bollplank.');
  await expect(main).toContainText('SKR inte stöd direkt till enskilda förtroendevalda');

  await expect(main.getByText('Anna-Lena Pogulis', { exact: true })).toBeVisible();
  await expect(main).toContainText('Projektledare för hot och hat mot förtroendevalda');
  await expectPhoneLink(main, '08-452 75 03', 'tel:+4684527503');
  await expectMailLink(main, 'anna-lena.pogulis@skr.se');

  await expect(main.getByText('Greta Berg', { exact: true })).toBeVisible();
  await expect(main).toContainText('Handläggare för trygghets- och säkerhetsfrågor');
  await expectPhoneLink(main, '08-452 79 58', 'tel:+4684527958');
  await expectMailLink(main, 'greta.berg@skr.se');

  await expect(main).toContainText('SKR angav de här kontaktuppgifterna 27 maj 2024.');
  // The seed's addresses are history: plain text in a dated sentence, never a link.
  await expect(main).toContainText(
    'SKL:s sida 7 december 2018 angav samma kontaktpersoner och telefonnummer, med e-postadresserna anna-lena.pogulis@skl.se och greta.berg@skl.se.',
  );
  await expect(main.getByRole('link', { name: /@skl\.se/ })).toHaveCount(0);
});

test('the about page names the sidansvariga, whom the seed called informationsansvariga, and the seed’s publication date', async ({
  page,
}) => {
  await page.goto('/om-guiden/');
  const main = page.getByRole('main');
  await expect(main).toContainText('publicerades 7 december 2018');
  await expect(main.getByRole('heading', { name: 'Sidansvariga', level: 2 })).toBeVisible();
  await expect(main).toContainText('SKL:s sida 2018 kallade dem informationsansvariga.');
  await expect(main).toContainText('De ger inte stöd till enskilda förtroendevalda.');
  await expect(main.getByText('Anna-Lena Pogulis', { exact: true })).toBeVisible();
  await expect(main.getByText('Projektledare', { exact: false }).first()).toBeVisible();
  await expectPhoneLink(main, '08-452 75 03', 'tel:+4684527503');
  await expectMailLink(main, 'anna-lena.pogulis@skr.se');
  await expect(main.getByText('Greta Berg', { exact: true })).toBeVisible();
  await expect(main.getByText('Handläggare', { exact: false }).first()).toBeVisible();
  await expectPhoneLink(main, '08-452 79 58', 'tel:+4684527958');
  await expectMailLink(main, 'greta.berg@skr.se');
  await expect(main).toContainText('SKL:s sida 2018 angav anna-lena.pogulis@skl.se och greta.berg@skl.se.');
});
