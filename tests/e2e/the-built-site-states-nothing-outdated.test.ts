// What the issue "Every word true, current and in good Swedish" asks of the built site: current contacts, SKL and
// landsting only as history, no untraceable figure, and "din säkerhetsansvariga" with the weak form.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, sitePagesWithNotFound } from '../support/dist.ts';
import { forEachPage } from '../support/browser.ts';

/** The text a reader sees on a page, split into sentences. */
async function sentences(page: import('@playwright/test').Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

test('every page says "din säkerhetsansvariga", offers no @skl.se address and writes landsting only as history', async ({
  page,
}) => {
  await forEachPage(sitePagesWithNotFound(), async (path) => {
    await page.goto(path);
    const all = await sentences(page);
    expect(all.filter((sentence) => /\bdin säkerhetsansvarig\b/i.test(sentence))).toEqual([]);
    expect(all.filter((sentence) => /\b16 (procent|%)/.test(sentence))).toEqual([]);
    // An @skl.se address may only appear in a sentence about SKL's page of 2018, and never as a link.
    await expect(page.locator('a[href*="@skl.se"]')).toHaveCount(0);
    expect(all.filter((sentence) => sentence.includes('@skl.se') && !sentence.includes('2018'))).toEqual([]);
    expect(
      all.filter((sentence) => /landsting/i.test(sentence) && !/2018|tidigare|hette|i dag| då /.test(sentence)),
    ).toEqual([]);
  });
});

test('every route a reader is offered to write to the site goes to an @skr.se address', async ({ page }) => {
  const html = ['index.html', 'tillganglighet/index.html', 'kommuner-och-regioner/index.html']
    .map((file) => readFileSync(join(distDir, file), 'utf8'))
    .join('\n');
  const mailtos = [...html.matchAll(/href="mailto:([^"?]+)/g)].map((match) => match[1]);
  expect(mailtos.length).toBeGreaterThan(0);
  for (const address of mailtos) expect(address).toMatch(/@skr\.se$/);

  await page.goto('/tillganglighet/');
  const complaint = page.getByRole('main').getByRole('link', { name: /@/ });
  await expect(complaint).toHaveAttribute('href', /^mailto:[^@]+@skr\.se$/);
});

test('the police report page says a crime against an elected official can give a harsher sentence, also for a närstående', async ({
  page,
}) => {
  await page.goto('/polisanmalan/');
  const main = page.getByRole('main');
  await expect(main).toContainText('Sedan 1 januari 2020 kan ett brott ge strängare straff');
  await expect(main).toContainText('någon som står dig nära');
  await expect(main).toContainText('29 kap. 2 § 9 brottsbalken');
  await expect(main).toContainText('SFS 2019:828');
  await expect(main).not.toContainText('ger strängare straff');
});
