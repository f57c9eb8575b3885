// "Dokumentera händelsen": the reader's notes are never sent and never stored; they can be printed, downloaded and cleared.
import { readFile } from 'node:fs/promises';
import { test, expect } from '@playwright/test';
import { browserStorage, nothingStored, recordRequests } from '../support/browser.ts';

const answers = {
  Datum: '2026-11-20',
  Klockslag: '21:15',
  Plats: 'Stadshusets entré, Storgatan',
  'Vad hände?': 'En man ropade hot när jag gick från sammanträdet.\nHan följde efter mig till bilen.',
  'Vad sades eller skrevs, och var?':
    '"Vi vet var du bor." Sagt högt utanför entrén. Samma ord i ett mejl kvart över nio.',
  'Vem gjorde det, om du vet?': 'Okänd man, cirka 40 år, grå jacka.',
  Vittnen: 'Kollega i fullmäktige som också gick ut.',
  'Andra bevis, och var de finns': 'Mejlet finns kvar i inkorgen.',
  'Andra som du har berättat för': 'Min partner.',
  'K-nummer': 'K123456-26',
};
const ticked = [
  'Skärmbilder som visar webbadressen, tiden och sammanhanget',
  'Meddelanden som jag inte har raderat',
  'Brev, kuvert eller lappar som jag har sparat',
  'Säkerhetsansvarig i kommunen eller regionen',
  'Säkerhetsansvarig i partiet',
  'Polisen',
];

test('a reader fills in every field, downloads, prints and clears the notes, and nothing is sent or stored', async ({
  page,
}) => {
  const loadRequests = recordRequests(page);
  await page.goto('/dokumentera/', { waitUntil: 'networkidle' });
  // Loading the page fetches only the page itself and its own assets.
  const origin = new URL(page.url()).origin;
  expect(loadRequests.map((request) => new URL(request.url()).origin).filter((o) => o !== origin)).toEqual([]);

  const flowRequests = recordRequests(page);
  await page.evaluate(() => {
    // Counts calls to window.print without opening the print dialog.
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => void (window as unknown as { printCalls: number }).printCalls++;
  });
  const form = page.getByRole('region', { name: 'Anteckningar om händelsen' });

  for (const [label, value] of Object.entries(answers)) await form.getByLabel(label, { exact: true }).fill(value);
  for (const label of ticked) await form.getByLabel(label, { exact: true }).check();
  // Every field in the form has been filled or ticked.
  const emptyFields = await form
    .locator('input, textarea')
    .evaluateAll((controls) =>
      controls
        .filter((c) =>
          c instanceof HTMLInputElement && c.type === 'checkbox' ? !c.checked : !(c as HTMLInputElement).value,
        )
        .map((c) => c.id),
    );
  expect(emptyFields).toEqual([]);

  const downloadPromise = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Ladda ner som textfil' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('handelse-2026-11-20.txt');
  const text = await readFile((await download.path())!, 'utf8');
  for (const [label, value] of Object.entries(answers)) {
    expect(text).toContain(label);
    for (const line of value.split('\n')) expect(text).toContain(line);
  }
  for (const label of ticked) expect(text).toContain(`- ${label}`);
  await expect(form.getByRole('status')).toContainText('handelse-2026-11-20.txt');

  await form.getByRole('button', { name: 'Skriv ut' }).click();
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  // On paper the answers show in full, and the buttons are left out.
  await expect(form.getByLabel('Vad hände?', { exact: true })).toBeVisible();
  await expect(form.getByRole('button', { name: 'Ladda ner som textfil' })).toBeHidden();
  const clipped = await form
    .locator('textarea')
    .evaluateAll((areas) => areas.filter((a) => a.scrollHeight > a.clientHeight + 1).map((a) => a.id));
  expect(clipped).toEqual([]);
  await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });

  await form.getByRole('button', { name: 'Töm formuläret' }).click();
  await expect(form.getByRole('status')).toHaveText('Formuläret är tömt.');
  for (const label of Object.keys(answers)) await expect(form.getByLabel(label, { exact: true })).toHaveValue('');
  for (const label of ticked) await expect(form.getByLabel(label, { exact: true })).not.toBeChecked();

  expect(flowRequests.map((request) => `${request.method()} ${request.url()}`)).toEqual([]);
  expect(await browserStorage(page)).toEqual(nothingStored);
});

test('pressing Enter in a field does not send the form or reload the page', async ({ page }) => {
  await page.goto('/dokumentera/');
  const place = page.getByLabel('Plats', { exact: true });
  await expect(place).toBeVisible();
  const requests = recordRequests(page);
  await place.fill('Torget');
  await place.press('Enter');
  await expect(place).toHaveValue('Torget');
  expect(requests.map((request) => request.url())).toEqual([]);
  expect(page.url()).not.toContain('?');
});

test('the form tells the browser not to remember or suggest the answers', async ({ page }) => {
  await page.goto('/dokumentera/');
  const form = page.getByRole('region', { name: 'Anteckningar om händelsen' });
  const textControls = form.locator('input:not([type=checkbox]), textarea');
  expect(await textControls.count()).toBeGreaterThan(5);
  const remembered = await textControls.evaluateAll((controls) =>
    controls.filter((c) => c.getAttribute('autocomplete') !== 'off').map((c) => c.id),
  );
  expect(remembered).toEqual([]);
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the form can be filled in and printed, and the page says that downloading needs JavaScript', async ({
    page,
  }) => {
    await page.goto('/dokumentera/');
    const form = page.getByRole('region', { name: 'Anteckningar om händelsen' });
    await form.getByLabel('Vad hände?', { exact: true }).fill('Ett hotfullt brev i brevlådan.');
    await expect(form.getByRole('button')).toHaveCount(0);
    await expect(
      form.getByText('Knapparna för att ladda ner dem som textfil och tömma formuläret behöver JavaScript.'),
    ).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(form.getByLabel('Vad hände?', { exact: true })).toHaveValue('Ett hotfullt brev i brevlådan.');
    await expect(form.getByLabel('Vad hände?', { exact: true })).toBeVisible();
  });
});
