// The start page, "Vad gör jag nu?" and the akutkort give the first steps in the order of content/steps/.
import { test, expect } from '@playwright/test';
import { entriesOf } from '../support/content.ts';

interface Step {
  order: number;
  title: string;
  audience?: string;
  card?: string;
}

const steps = Object.values(entriesOf<Step>('steps'))
  .filter((step) => (step.audience ?? 'fortroendevald') === 'fortroendevald')
  .sort((a, b) => a.order - b.order);
const titles = steps.map((step) => step.title);

test('the start page shows every first step, in the order of their data', async ({ page }) => {
  await page.goto('/');
  const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.slice(0, titles.length)).toEqual(titles);
});

test('the step-by-step guide shows the same steps in the same order', async ({ page }) => {
  await page.goto('/vad-gor-jag-nu/');
  const headings = await page.getByRole('main').getByRole('list').first().getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.map((heading) => heading.replace(/^Steg \d+: /, ''))).toEqual(titles);
});

test('the akutkort prints the first three steps that have a card text, in the same order', async ({ page }) => {
  await page.goto('/akutkort/');
  const card = page.getByRole('region', { name: 'Akutkort: om du hotas eller angrips som förtroendevald' });
  const printed = await card.getByRole('listitem').locator('strong').allTextContents();
  expect(printed).toEqual(steps.filter((step) => step.card).slice(0, 3).map((step) => step.title));
});

test("links to the start page's sections from before the steps came from their data still lead to the same steps", async ({ page }) => {
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

