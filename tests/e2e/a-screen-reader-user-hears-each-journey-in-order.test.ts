// What a blind reader hears on the guide's main journeys, read with a virtual screen reader
// (@guidepup/virtual-screen-reader) that builds the accessibility tree from the page as a screen reader does.
// Each test also checks what matters in what is said (order, names, numbers), so a careless update cannot hide a fault.
// Golden files, for a reviewer to read, in tests/e2e/fixtures/: where what is said depends on the reader (a field's
// hint, a live announcement, what is heard after focus moves) the spoken log (spoken/*.txt); where the journey reads a
// part of the page as it stands, the accessibility tree of that part (aria/*.aria.yml, toMatchAriaSnapshot).
// When a page changes on purpose: npm run test:e2e -- tests/e2e/a-screen-reader-user-hears-each-journey-in-order.test.ts
// --update-snapshots=all, and read the diff of the fixtures before committing them.
import { test, expect } from '@playwright/test';
import { startScreenReader } from '../support/screen-reader.ts';
import { feedbackSite } from '../support/servers.ts';

// The injected screen reader is a script the site's CSP rightly refuses; the CSP is tested in ordinary contexts.
// A phone, as most readers in a hurry use: the menu is then a closed "Meny" button rather than a long list.
test.use({ bypassCSP: true, viewport: { width: 390, height: 844 } });
// The reader moves one item at a time through long pages; on a busy machine that takes a while.
test.beforeEach(() => test.setTimeout(120_000));

/** Compares what was heard with tests/e2e/fixtures/spoken/<name>.txt. */
function expectSpoken(log: string[], name: string): void {
  expect(
    `${log.join('\n')}\n`,
    `what the screen reader says, against tests/e2e/fixtures/spoken/${name}.txt`,
  ).toMatchSnapshot(['spoken', `${name}.txt`]);
}

/** The position of the first phrase matching `pattern`, failing when there is none. */
function positionOf(log: string[], pattern: RegExp): number {
  const index = log.findIndex((phrase) => pattern.test(phrase));
  expect(index, `the screen reader never says ${pattern}:\n${log.join('\n')}`).toBeGreaterThanOrEqual(0);
  return index;
}

test('the start page announces the emergency numbers first, then its landmarks and headings in order, up to "Vad gör jag nu?"', async ({
  page,
}) => {
  await page.goto('/');
  const reader = await startScreenReader(page);
  await reader.nextUntil(/^link, Vad gör jag nu\? Steg för steg$/);
  const log = await reader.log();
  // What comes before the main content, in full: the emergency numbers, then the header with the closed menu.
  await expect(page.getByRole('complementary', { name: 'Nödnummer' })).toMatchAriaSnapshot({
    name: 'start-page-emergency-numbers.aria.yml',
  });
  await expect(page.getByRole('banner')).toMatchAriaSnapshot({ name: 'start-page-banner.aria.yml' });

  // The skip link, then the emergency numbers before anything else a reader could wander into.
  const order = [
    /^link, Hoppa till innehållet$/,
    /^complementary, Nödnummer$/,
    /^link, 112$/,
    /^link, 114\s14$/, // with a no-break space, as the page writes it
    /^banner$/,
    /^search, Sök i guiden$/,
    /^main$/,
    /^heading, Stöd när du som förtroendevald utsätts för hot, hat eller våld, level 1$/,
    /^link, Vad gör jag nu\? Steg för steg$/,
  ].map((pattern) => positionOf(log, pattern));
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(positionOf(log, /^link, 112$/), 'no link comes before 112 except the skip link').toBe(
    log.findIndex((phrase) => phrase.startsWith('link, ') && phrase !== 'link, Hoppa till innehållet'),
  );
});

test('the step guide announces each step heading with its number, in order', async ({ page }) => {
  await page.goto('/vad-gor-jag-nu/');
  const reader = await startScreenReader(page);
  await reader.nextUntil(/^main$/);
  await reader.clear();
  await reader.nextUntil(/^heading, För säkerhetsansvariga, level 2$/, 600);
  const log = await reader.log();
  // The six steps, in full, as the reader goes through them.
  await expect(page.getByRole('main').getByRole('list').first()).toMatchAriaSnapshot({ name: 'step-guide.aria.yml' });

  const steps = log.filter((phrase) => /^heading, Steg /.test(phrase));
  const stepCount = await page
    .locator('.steps')
    .first()
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading') })
    .count();
  expect(steps).toHaveLength(stepCount);
  steps.forEach((phrase, index) => expect(phrase).toMatch(new RegExp(`^heading, Steg ${index + 1} : .+, level 2$`)));
});

test('on the search page a reader types a query, hears how many pages were found, then reaches the first result', async ({
  page,
}) => {
  await page.goto('/sok/');
  const reader = await startScreenReader(page);
  await reader.nextUntil(/^main$/);
  await reader.nextUntil(/^searchbox, Sök i guiden$/);
  await reader.clear();
  await reader.type('polisanmälan');
  await reader.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /hittades/ })).toHaveText(
    /^Träffar för ”polisanmälan”: \d+ sidor hittades\.$/,
  );
  await reader.nextUntil(/^link, /);
  const log = await reader.log();
  expectSpoken(log, 'search');

  const announced = positionOf(log, /^polite: Träffar för ”polisanmälan”: \d+ sidor hittades\.$/);
  const firstResult = positionOf(log, /^link, Polisanmälan/);
  expect(announced).toBeLessThan(firstResult);
  // Only the count is announced: the excerpts are read when the reader moves to them, not all at once.
  expect(log.filter((phrase) => phrase.startsWith('polite: ')).every((phrase) => phrase.length < 80)).toBe(true);
});

test('the notes form announces every field with its label and its hint', async ({ page }) => {
  await page.goto('/dokumentera/');
  const reader = await startScreenReader(page);
  await reader.nextUntil(/^region, Anteckningar om händelsen$/, 300);
  await reader.clear();
  await reader.nextUntil(/^end of region, Anteckningar om händelsen$/, 300);
  const log = await reader.log();
  expectSpoken(log, 'notes-form');

  const notes = page.getByRole('region', { name: 'Anteckningar om händelsen' });
  for (const field of await notes.locator('textarea, input:not([type="hidden"])').all()) {
    const id = await field.getAttribute('id');
    const label = (await notes.locator(`label[for="${id}"]`).innerText()).trim();
    const hintId = await field.getAttribute('aria-describedby');
    const hint = hintId ? (await page.locator(`#${hintId}`).innerText()).trim() : undefined;
    const type = (await field.getAttribute('type')) ?? 'textarea';
    // The virtual reader has no role for date and time fields, so it says only their name; real screen readers add "date"/"time".
    const role = ({ textarea: 'textbox', text: 'textbox', checkbox: 'checkbox' } as Record<string, string>)[type] ?? '';
    const expected = [role, label, hint].filter(Boolean).join(', ');
    expect(
      log.some((phrase) => phrase === expected || phrase === `${expected}, not checked`),
      `"${expected}" is announced`,
    ).toBe(true);
  }
  positionOf(log, /^group, Bevis som du har sparat$/);
  positionOf(log, /^group, Vem har du berättat för\?$/);
});

test('the feedback question is heard, and after "Ja" its thank-you', async ({ page }) => {
  await page.goto('/polisanmalan/');
  const reader = await startScreenReader(page);
  await reader.nextUntil(/^heading, Hjälpte informationen på sidan dig\?, level 2$/, 600);
  await reader.clear();
  await reader.nextUntil(/^link, Ja$/);
  await reader.press('Enter');
  // Without JavaScript "Ja" leads to the thank-you with #tack-ja, which takes focus; CSS (:target) shows it, a change
  // the virtual reader does not see until it reads the page again.
  await expect(page.locator('#tack-ja')).toBeFocused();
  const before = await reader.log();
  await reader.restart();
  await reader.nextUntil(/^region, Hjälpte informationen på sidan dig\?$/, 600);
  await reader.clear();
  await reader.nextUntil(/^link, Skicka ditt svar med e-post till /);
  const log = [
    ...before,
    '(focus moves to the thank-you, which CSS shows; the virtual reader reads the page again from the question)',
    ...(await reader.log()),
  ];
  expectSpoken(log, 'feedback-without-endpoint');
  expect(log).not.toContain('link, Nej');
  positionOf(log, /^Tack för att du hjälper oss!$/);
});

test.describe('where nginx runs the feedback service', () => {
  test.use({ baseURL: `http://127.0.0.1:${feedbackSite.port}` });

  test('the feedback question is heard, and after "Ja" its thank-you is announced', async ({ page }) => {
    await page.route(`${feedbackSite.endpoint}**`, (route) => route.fulfill({ status: 204 }));
    await page.goto('/polisanmalan/');
    const reader = await startScreenReader(page);
    await reader.nextUntil(/^heading, Hjälpte informationen på sidan dig\?, level 2$/, 600);
    await reader.clear();
    await reader.nextUntil(/^button, Ja/);
    await reader.act();
    await expect(page.getByRole('status').filter({ hasText: 'Tack för att du hjälper oss!' })).toBeVisible();
    await expect.poll(() => reader.log()).toContain('polite: Tack för att du hjälper oss!');
    expectSpoken(await reader.log(), 'feedback-with-endpoint');
  });
});
