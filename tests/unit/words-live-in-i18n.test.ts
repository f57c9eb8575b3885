// The words check in ESLint's config (eslint.config.js, run by `npm run lint:code`), run on planted components: it
// fails on words a reader would see, and lets through what is code, so the real components can be held to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

/** The lines of the literals the words check reports in a file planted at `filePath`; ESLint's other rules aside. */
async function reported(filePath: string, code: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath });
  assert.deepEqual(
    result.messages.filter((message) => message.fatal),
    [],
    'the planted file parses',
  );
  return result.messages
    .filter((message) => message.ruleId === 'i18next/no-literal-string')
    .map((message) => message.line);
}

test('words in a component’s markup, text attributes, frontmatter and script fail the check', async () => {
  const component = [
    '---', // 1
    "const fields = [{ name: 'namn', label: 'Ditt namn' }];", // 2
    '---',
    '<p>Ring oss</p>', // 4
    '<link rel="alternate" title="Lättläst" />', // 5
    '<dt>E-post</dt>', // 6
    '<section aria-label="Anteckningar om händelsen"></section>', // 7
    '<script>',
    "  document.body.append('Länken är kopierad.');", // 9
    '</script>',
  ].join('\n');
  assert.deepEqual(await reported('src/components/act/Planted.astro', component), [2, 4, 5, 6, 7, 9]);
  assert.deepEqual(await reported('src/client/planted-client.ts', 'say(`Kortet är ifyllt av ${name}.`);\n'), [1]);
  const handler = "button.addEventListener('click', () => {\n  status.textContent = 'Länken är kopierad.';\n});\n";
  assert.deepEqual(await reported('src/client/planted-client.ts', handler), [2]);
  assert.deepEqual(await reported('src/pages/planted.astro', '<a href="/">Gå till startsidan</a>\n'), [1]);
});

test('classes, ids, addresses, data attributes, selectors and collection names pass the check', async () => {
  const component = [
    '---',
    "import { knownEntry } from '~/lib/entries';",
    "const phone = await knownEntry('phoneNumbers', 'polisen');",
    "const fields = [{ name: 'vad-hande', type: 'textarea', autocomplete: 'off' }];",
    "const guide = new URL('/vad-gor-jag-nu/', Astro.site);",
    '---',
    '<section class="notes notes--wide" id="anteckningar" data-notes data-pagefind-ignore aria-labelledby="rubrik">',
    '  <a class="button button--secondary" href="/akutkort/#for-sakerhetsansvariga" hreflang="sv">{phone.id}</a>',
    '  <input type="tel" name="telefon" maxlength={30} autocomplete="off" spellcheck="false" />',
    '</section>',
    '<script>',
    '  const form = document.querySelector<HTMLElement>(\'[data-notes], .search-page form[role="search"]\');',
    "  form?.setAttribute('role', 'status');",
    "  if (form) form.className = 'button button--secondary';",
    '</script>',
  ].join('\n');
  assert.deepEqual(await reported('src/components/act/Planted.astro', component), []);
});
