// The start page, "Vad gör jag nu?" and the akutkort give the first steps in the order of content/steps/, and the
// Lättläst and English start and step pages give the same steps in the same order, in their own words.
import { test, expect } from '@playwright/test';
import { entriesOf } from '../support/content.ts';

interface Wording {
  title: string;
}

interface Step {
  order: number;
  title: string;
  audience?: string;
  card?: string;
  phones?: string[];
  lattlast?: Wording;
  en?: Wording;
}

const steps = Object.values(entriesOf<Step>('steps'))
  .filter((step) => (step.audience ?? 'fortroendevald') === 'fortroendevald')
  .sort((a, b) => a.order - b.order);
const titles = steps.map((step) => step.title);
const phones = entriesOf<{ number: string }>('phoneNumbers');

test('the start page shows every first step, in the order of their data', async ({ page }) => {
  await page.goto('/');
  const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.slice(0, titles.length)).toEqual(titles);
});

test('the step-by-step guide shows the same steps in the same order', async ({ page }) => {
  await page.goto('/vad-gor-jag-nu/');
  const headings = await page
    .getByRole('main')
    .getByRole('list')
    .first()
    .getByRole('heading', { level: 2 })
    .allTextContents();
  expect(headings.map((heading) => heading.replace(/^Steg \d+: /, ''))).toEqual(titles);
});

test('the akutkort prints the first three steps that have a card text, in the same order', async ({ page }) => {
  await page.goto('/akutkort/');
  const card = page.getByRole('region', { name: 'Akutkort: om du hotas eller angrips som förtroendevald' });
  const printed = await card.getByRole('listitem').locator('strong').allTextContents();
  expect(printed).toEqual(
    steps
      .filter((step) => step.card)
      .slice(0, 3)
      .map((step) => step.title),
  );
});

test("links to the start page's sections from before the steps came from their data still lead to the same steps", async ({
  page,
}) => {
  // On a phone, where none of these steps is in the first screen.
  await page.setViewportSize({ width: 320, height: 568 });
  for (const [address, step] of [
    ['/#polisanmal', 'Anmäl till polisen'],
    ['/#sakerhetsansvarig', 'Berätta för din säkerhetsansvariga'],
    ['/#stod', 'Få stöd'],
  ]) {
    await page.goto(address);
    await expect(page.getByRole('main').getByRole('heading', { level: 2, name: step }), address).toBeInViewport();
  }
});

for (const { edition, start, guide, stepWord } of [
  { edition: 'lattlast', start: '/lattlast/', guide: '/lattlast/vad-gor-jag-nu/', stepWord: 'Steg' },
  { edition: 'en', start: '/en/', guide: '/en/what-to-do-now/', stepWord: 'Step' },
] as const) {
  const wording = steps.map((step) => step[edition]?.title);

  test(`${start} shows every first step in the order of steps.yaml, in its own words`, async ({ page }) => {
    await page.goto(start);
    const main = page.getByRole('main');
    expect(
      await main
        .getByRole('heading', { level: 2 })
        .allTextContents()
        .then((headings) => headings.slice(0, wording.length)),
    ).toEqual(wording);
    // The security officer comes before the police, as in the Swedish steps.
    for (const [index, step] of steps.entries()) {
      const numbers = (step.phones ?? []).map((id) => `tel:${phones[id].number.replace(/\D/g, '')}`);
      const section = main.getByRole('region', { name: wording[index] });
      for (const href of numbers)
        await expect(section.locator(`a[href="${href}"]`), `${start} ${step.title}`).toHaveCount(1);
    }
  });

  test(`${guide} shows the same steps in the same order, numbered, in its own words`, async ({ page }) => {
    await page.goto(guide);
    const headings = await page
      .getByRole('main')
      .locator('ol.steps > li')
      .getByRole('heading', { level: 2 })
      .allTextContents();
    expect(headings).toEqual(wording.map((title, index) => `${stepWord} ${index + 1}: ${title}`));
  });
}

test("links to the Lättläst and English start pages' sections from before still lead to the same steps", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 568 });
  const titleOf = (id: string, edition: 'lattlast' | 'en') => entriesOf<Step>('steps')[id][edition]!.title;
  for (const [address, id, edition] of [
    ['/lattlast/#polisen', 'anmal-till-polisen', 'lattlast'],
    ['/lattlast/#prata', 'beratta-for-sakerhetsansvarig', 'lattlast'],
    ['/en/#report', 'anmal-till-polisen', 'en'],
    ['/en/#security-officer', 'beratta-for-sakerhetsansvarig', 'en'],
    ['/en/#support', 'fa-stod', 'en'],
  ] as const) {
    await page.goto(address);
    await expect(
      page.getByRole('main').getByRole('heading', { level: 2, name: titleOf(id, edition) }),
      address,
    ).toBeInViewport();
  }
});
