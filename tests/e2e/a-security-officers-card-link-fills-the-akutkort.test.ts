// A security officer makes one link with their own contact; everyone who opens it gets the akutkort filled in.
// The values travel only in the fragment: nothing is sent, nothing is stored, and nothing in the link runs as code.
import { test, expect, type Page } from '@playwright/test';
import { browserStorage, nothingStored, pdfPageCount, recordRequests } from '../support/browser.ts';

const cardName = 'Akutkort: om du hotas eller angrips som förtroendevald';
const officer = { name: 'Kim Exempelsson', phone: '070-123 45 67', organisation: 'Exempels kommun' };

/** The card's contact fields, by their labels. */
function cardContact(page: Page) {
  const contact = page.getByRole('region', { name: cardName }).getByRole('group', { name: 'Din säkerhetsansvariga' });
  return {
    name: contact.getByLabel('Namn'),
    phone: contact.getByLabel('Telefon'),
    organisation: contact.getByLabel('Organisation'),
  };
}

/** Records what would show that a fragment ran as code or reached the network: dialogs, page errors and requests. */
function watchForHarm(page: Page) {
  const harm = { dialogs: [] as string[], errors: [] as string[] };
  page.on('dialog', (dialog) => {
    harm.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => harm.errors.push(error.message));
  return { harm, requests: recordRequests(page) };
}

test.describe('the officer makes a link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the officer types a name, a number and an organisation, makes the link and copies it; nothing is sent or stored', async ({
    page,
  }) => {
    await page.goto('/akutkort/');
    const requests = recordRequests(page);
    const part = page.getByRole('region', { name: 'För säkerhetsansvariga: skicka kortet med dina uppgifter' });
    await part.getByLabel('Ditt namn').fill(officer.name);
    await part.getByLabel('Ditt telefonnummer').fill('0701234567');
    await part.getByLabel('Organisation (frivilligt)').fill(officer.organisation);
    await part.getByRole('button', { name: 'Skapa länk' }).click();

    const link = part.getByRole('textbox', { name: 'Din länk' });
    await expect(link).toBeFocused();
    const url = new URL(await link.inputValue());
    expect(url.origin + url.pathname).toBe(new URL('/akutkort/', page.url()).href);
    // Shown as Swedes write it, carried in the fragment only.
    expect(url.search).toBe('');
    expect(Object.fromEntries(new URLSearchParams(url.hash.slice(1)))).toEqual({
      namn: officer.name,
      telefon: officer.phone,
      organisation: officer.organisation,
    });

    // exact: the section heading above has its own "Kopiera länk till avsnittet …".
    await part.getByRole('button', { name: 'Kopiera länk', exact: true }).click();
    await expect(part.getByRole('status').filter({ hasText: 'Klistra' })).toHaveText(
      'Länken är kopierad. Klistra in den i ditt meddelande.',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url.href);

    // The one request: the form's checks, from the site itself, fetched when the officer started typing.
    expect(
      requests.map((request) => [
        request.resourceType(),
        new URL(request.url()).origin,
        new URL(request.url()).pathname,
      ]),
    ).toEqual([['script', new URL(page.url()).origin, expect.stringMatching(/^\/_astro\/card-link-form-[\w-]+\.js$/)]]);
    expect(requests[0].url()).not.toContain('#');
    expect(await browserStorage(page)).toEqual(nothingStored);
  });
});

test('the form says in Swedish what is wrong, next to the field, and makes no link', async ({ page }) => {
  await page.goto('/akutkort/');
  const part = page.getByRole('region', { name: 'För säkerhetsansvariga: skicka kortet med dina uppgifter' });
  await part.getByRole('button', { name: 'Skapa länk' }).click();
  const name = part.getByLabel('Ditt namn');
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription(/Skriv ditt namn\./);
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(part.getByLabel('Ditt telefonnummer')).toHaveAccessibleDescription(/Skriv ditt telefonnummer\./);
  await expect(part.getByRole('textbox', { name: 'Din länk' })).toBeHidden();

  await name.fill(officer.name);
  await part.getByLabel('Ditt telefonnummer').fill('112');
  await part.getByRole('button', { name: 'Skapa länk' }).click();
  await expect(part.getByLabel('Ditt telefonnummer')).toBeFocused();
  await expect(part.getByLabel('Ditt telefonnummer')).toHaveAccessibleDescription(
    /Skriv ett svenskt telefonnummer med riktnummer/,
  );
  await expect(name).toHaveAttribute('aria-invalid', 'false');
  await expect(part.getByRole('textbox', { name: 'Din länk' })).toBeHidden();
});

test('opening the link fills the card, offers the number as a tel: link, and the card prints on one A4 page', async ({
  page,
}) => {
  const { harm, requests } = watchForHarm(page);
  const fragment = new URLSearchParams({
    namn: officer.name,
    telefon: officer.phone,
    organisation: officer.organisation,
  });
  await page.goto(`/akutkort/#${fragment}`, { waitUntil: 'networkidle' });
  // Only the page itself was fetched, and the fragment never left the browser.
  expect(requests.map((request) => new URL(request.url()).pathname)).toEqual(['/akutkort/']);
  expect(requests[0].url()).not.toContain('namn');

  const contact = cardContact(page);
  await expect(contact.name).toHaveValue(officer.name);
  await expect(contact.phone).toHaveValue(officer.phone);
  await expect(contact.organisation).toHaveValue(officer.organisation);
  const notice = page.getByText('Kortet är ifyllt med uppgifterna i länken du fick.');
  await expect(notice).toContainText(
    `Säkerhetsansvarig: ${officer.name}, ${officer.organisation}, telefon ${officer.phone}.`,
  );
  await expect(notice.getByRole('link', { name: officer.phone })).toHaveAttribute('href', 'tel:+46701234567');

  await page.emulateMedia({ media: 'print' });
  await expect(contact.name).toBeVisible();
  await expect(notice).toBeHidden();
  expect(pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
  expect(harm).toEqual({ dialogs: [], errors: [] });
  expect(await browserStorage(page)).toEqual(nothingStored);
});

test('the officer previews the card from the new link without reloading the page', async ({ page }) => {
  await page.goto('/akutkort/');
  const part = page.getByRole('region', { name: 'För säkerhetsansvariga: skicka kortet med dina uppgifter' });
  await part.getByLabel('Ditt namn').fill(officer.name);
  await part.getByLabel('Ditt telefonnummer').fill(officer.phone);
  await part.getByRole('button', { name: 'Skapa länk' }).click();
  await part.getByRole('link', { name: 'Se kortet som mottagarna ser det' }).click();
  await expect(cardContact(page).name).toHaveValue(officer.name);
  await expect(cardContact(page).organisation).toHaveValue('');
  // The note that says what the link filled in takes the focus, so a screen reader reads it next.
  await expect(page.locator(':focus')).toContainText('Kortet är ifyllt med uppgifterna i länken du fick.');
});

const hostile: {
  what: string;
  fragment: string;
  filled: { name: string; phone: string; organisation: string };
  unusable: string;
}[] = [
  {
    what: 'an <img onerror> in the name',
    fragment: `namn=${encodeURIComponent('<img src=x onerror=alert(document.domain)>')}&telefon=070-123+45+67`,
    filled: { name: '', phone: officer.phone, organisation: '' },
    unusable: 'namnet',
  },
  {
    what: 'markup that closes the input in the organisation',
    fragment: `namn=Kim&telefon=070-123+45+67&organisation=${encodeURIComponent('"><svg onload=alert(1)>')}`,
    filled: { name: 'Kim', phone: officer.phone, organisation: '' },
    unusable: 'organisationen',
  },
  {
    what: 'a javascript: address as the phone number',
    fragment: 'namn=Kim&telefon=javascript:alert(1)',
    filled: { name: 'Kim', phone: '', organisation: '' },
    unusable: 'telefonnumret',
  },
  {
    what: 'a very long name',
    fragment: `namn=${'A'.repeat(20_000)}&telefon=070-123+45+67`,
    filled: { name: '', phone: '', organisation: '' },
    unusable: '',
  },
  {
    what: 'broken percent-encoding',
    fragment: 'namn=Kim%E0%A4%A&telefon=070-123+45+67&organisation=%',
    filled: { name: '', phone: officer.phone, organisation: '' },
    unusable: 'namnet och organisationen',
  },
];

for (const { what, fragment, filled, unusable } of hostile) {
  test(`a link with ${what} fills only what passed its checks, says the link was incomplete, runs nothing and sends nothing`, async ({
    page,
  }) => {
    const { harm, requests } = watchForHarm(page);
    await page.goto(`/akutkort/#${fragment}`, { waitUntil: 'networkidle' });

    const contact = cardContact(page);
    await expect(contact.name).toHaveValue(filled.name);
    await expect(contact.phone).toHaveValue(filled.phone);
    await expect(contact.organisation).toHaveValue(filled.organisation);
    const note = page.getByText('Länken var ofullständig eller felaktig');
    await expect(note).toBeVisible();
    if (unusable) await expect(note).toContainText(`Det gick inte att använda ${unusable}.`);
    else await expect(note).not.toContainText('Det gick inte att använda');
    // Nothing from the fragment became markup: no image, no injected element, no link but the site's own.
    await expect(page.getByRole('main').locator('img, [onerror], [onload]')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
    expect(harm).toEqual({ dialogs: [], errors: [] });
    expect(requests.map((request) => new URL(request.url()).pathname)).toEqual(['/akutkort/']);
    expect(await browserStorage(page)).toEqual(nothingStored);
  });
}

test('an ordinary section fragment leaves the card empty and shows no note', async ({ page }) => {
  await page.goto('/akutkort/#akutkort-rubrik');
  await expect(cardContact(page).name).toHaveValue('');
  await expect(page.getByText('Länken var ofullständig')).toBeHidden();
  await expect(page.getByText('Kortet är ifyllt')).toBeHidden();
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page works as before: empty fields to type in, and a note that making a link needs JavaScript', async ({
    page,
  }) => {
    await page.goto(`/akutkort/#namn=Kim&telefon=070-123+45+67`);
    await expect(cardContact(page).name).toHaveValue('');
    await expect(page.getByText('För att skapa en länk behövs JavaScript')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Skapa länk' })).toBeHidden();
    await cardContact(page).name.fill(officer.name);
    await expect(cardContact(page).name).toHaveValue(officer.name);
  });
});
