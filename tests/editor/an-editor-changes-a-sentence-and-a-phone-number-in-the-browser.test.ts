// An editor at SKR works in the browser: `npm run edit` on a copy of the project. Each kind of form opens, and so does
// every component of the pages; a changed sentence is one changed line; a phone number is picked rather than typed;
// and a rule that no form can see reaches the editor in Swedish beside the forms.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_KINDS, filesOf } from '../../src/editor/format.ts';
import { projectRoot } from '../support/fixture.ts';
import { editorServer } from '../support/servers.ts';

const fixture = () => readFileSync(editorServer.fixtureFile, 'utf8').trim();
const readCopy = (file: string) => readFileSync(join(fixture(), file), 'utf8');
const POLIS = 'content/pages/polisanmalan.mdx';

/** Puts back the project's own version of a file the test changes, so that a retry starts where the first try did. */
function startFromProject(file: string) {
  const original = readFileSync(join(projectRoot, file), 'utf8');
  if (readCopy(file) !== original) writeFileSync(join(fixture(), file), original);
}

/** The lines of the copy's file that differ from before, as [before, after]. */
function changedLines(before: string, after: string): [string, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length, 'the file keeps its number of lines').toBe(a.length);
  return a.flatMap((line, index) => (line === b[index] ? [] : [[line, b[index]] as [string, string]]));
}

async function openEntry(page: Page, path: string) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(path);
  await expect(page.getByRole('button', { name: /^(Spara|Save)$/ })).toBeVisible({ timeout: 60_000 });
  return errors;
}

async function saveAndWait(page: Page) {
  const saved = page.waitForResponse((response) => response.url().includes('/api/keystatic/update') && response.ok(), {
    timeout: 60_000,
  });
  await page.getByRole('button', { name: /^(Spara|Save)$/ }).click();
  await saved;
}

/**
 * One file of each kind, and more pages where needed so that together they use every component the pages use: each
 * kind of form, and each component's chip in the text, then renders in the browser. That every file reads and
 * validates as its form would is checked for all 103 in Node, with Keystatic's own fields
 * (tests/unit/content-is-in-the-editors-format.test.ts).
 */
function oneOfEachKind(root: string) {
  const shown = new Set<string>();
  return ENTRY_KINDS.map((kind) => {
    const files = filesOf(kind, root);
    const covering = files.filter((file, index) => {
      const components = readFileSync(join(root, file), 'utf8').match(/<[A-Z]\w*/g) ?? [];
      const adds = index === 0 || components.some((component) => !shown.has(component));
      components.forEach((component) => shown.add(component));
      return adds;
    });
    return { kind, files: covering };
  });
}

test('a form of each kind, and every component of the pages, opens in the editor without an error', async ({
  page,
}) => {
  const kinds = oneOfEachKind(fixture());
  test.setTimeout(60_000 + kinds.reduce((sum, { files }) => sum + files.length, 0) * 5_000);
  const errors = await openEntry(page, '/keystatic/singleton/sokord');
  await expect(page.getByRole('link', { name: 'Översikt' })).toBeVisible();
  for (const { kind, files } of kinds) {
    for (const file of files) {
      const slug = file.slice(kind.path.length + 1, -kind.extension.length);
      const path = kind.singleton
        ? `/keystatic/singleton/${kind.key}`
        : `/keystatic/collection/${kind.key}/item/${slug}`;
      await test.step(file, async () => {
        // As the editor's own links do: the next form opens inside the running editor, without loading it again.
        await page.evaluate((to) => {
          history.pushState(null, '', to);
          dispatchEvent(new PopStateEvent('popstate'));
        }, path);
        const opened = kind.singleton
          ? page.getByRole('main').getByRole('heading', { level: 1, name: 'Sökord och synonymer' })
          : page.getByRole('navigation', { name: 'Sökvägar' }).getByText(slug, { exact: true });
        await expect(opened).toBeVisible();
        await expect(page.getByRole('button', { name: /^(Spara|Save)$/ })).toBeVisible();
        await expect(
          page.getByText(/Field validation failed|Missing component definition|unexpected children/),
        ).toHaveCount(0);
        expect(errors, `errors in the editor for ${file}`).toEqual([]);
      });
    }
  }
});

test('a sentence changed in a page is one changed line in its file, and the preview shows it', async ({
  page,
  context,
}) => {
  startFromProject(POLIS);
  const before = readCopy(POLIS);
  const added = 'Vissa brott kan du också anmäla digitalt. Det tar några minuter.';
  // A preview already open beside the form reloads by itself after the save; the editor's own tab does not.
  const openPreview = await context.newPage();
  await openPreview.goto('/polisanmalan/');
  await openEntry(page, '/keystatic/collection/sidor/item/polisanmalan');
  await page.evaluate(() => Object.assign(window, { editorTabNotReloaded: true }));
  await page.getByText('Vissa brott kan du också anmäla digitalt.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Det tar några minuter.');
  await saveAndWait(page);
  await expect.poll(() => readCopy(POLIS)).not.toBe(before);
  expect(changedLines(before, readCopy(POLIS))).toEqual([['Vissa brott kan du också anmäla digitalt.', added]]);
  await expect(openPreview.getByRole('main')).toContainText(added);
  expect(await page.evaluate(() => 'editorTabNotReloaded' in window), 'the editor tab was not reloaded').toBe(true);
  await openPreview.close();
  // The form's preview button opens the page in the preview of the site.
  const opened = page.waitForEvent('popup');
  await page.getByRole('button', { name: /^(Preview|Förhandsgranska|Förhandsvisa)$/ }).click();
  const preview = await opened;
  await expect(preview).toHaveURL(/\/polisanmalan\/$/);
  await expect(preview.getByRole('main')).toContainText(added);
});

test('another phone number picked for a <Phone> in a page is stored as its id', async ({ page }) => {
  startFromProject(POLIS);
  const before = readCopy(POLIS);
  await openEntry(page, '/keystatic/collection/sidor/item/polisanmalan');
  await page.getByText('Nummer: polisen').first().click();
  // Keystatic's popover over the chosen component: edit, then remove. Its buttons have no names of their own.
  await page.getByRole('dialog').getByRole('button').first().click();
  const form = page.getByRole('dialog', { name: /Telefonnummer/ });
  // Keystatic's own Swedish has a Serbian cancel button; src/editor/keystatic-swedish.ts mends it.
  await expect(form.getByRole('button', { name: 'Avbryt' })).toBeVisible();
  await form.getByRole('combobox', { name: /Nummer/ }).fill('vardguiden');
  await page.getByRole('option', { name: 'vardguiden' }).click();
  await form.getByRole('button', { name: 'Done' }).click();
  await saveAndWait(page);
  await expect.poll(() => readCopy(POLIS)).not.toBe(before);
  const [[was, now]] = changedLines(before, readCopy(POLIS));
  expect(was).toContain('<Phone id="polisen" />');
  expect(now).toBe(was.replace('<Phone id="polisen" />', '<Phone id="vardguiden" />'));
});

test('a change that breaks a rule the form cannot see shows the Swedish message beside the forms, and undoing it clears it', async ({
  page,
}) => {
  const file = 'content/steps/beratta-for-sakerhetsansvarig.yaml';
  startFromProject(file);
  await openEntry(page, '/keystatic/collection/steg/item/beratta-for-sakerhetsansvarig');
  const panel = page.getByRole('alert').filter({ hasText: 'stoppar bygget' });
  await expect(panel).toHaveCount(0);
  // The form takes any place from 1; only the content pipeline knows that the first step already has place 1.
  const place = page
    .getByRole('textbox', { name: 'Plats' })
    .or(page.getByRole('spinbutton', { name: 'Plats' }))
    .first();
  await place.fill('1');
  await saveAndWait(page);
  await expect(panel).toContainText(
    `${file}, rad 2: steget har order 1, som steget akut-fara redan har. Förväntat: ett eget nummer för varje steg i samma lista.`,
  );
  await place.fill('2');
  await saveAndWait(page);
  await expect(panel).toHaveCount(0);
  expect(readCopy(file)).toContain('order: 2\n');
});
