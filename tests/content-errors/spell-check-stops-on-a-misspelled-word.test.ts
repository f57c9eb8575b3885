// `npm run lint:spell` on a broken copy of the project: a misspelled word in a page, in a YAML text field and in a
// component (template text, attribute, string literal) each give a Swedish line with file, line and word, and the check fails; the word list lets a real word pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { xSync } from 'tinyexec';
import { edit, hashTree, makeFixture, read, removeFixture, write } from '../support/fixture.ts';

const breaks = [
  {
    file: 'content/pages/polisanmalan.mdx',
    from: 'Anmäl alltid det som har hänt.',
    to: 'Anmäl alltid det som har hännt.',
    word: 'hännt',
  },
  {
    file: 'content/steps/spara-bevisen.yaml',
    from: 'Spara brev, kuvert och lappar.',
    to: 'Spara brev, kuvret och lappar.',
    word: 'kuvret',
  },
];

// A component of its own, so the test does not depend on where the chrome's strings live: template text, a
// string literal in the frontmatter and an attribute a reader hears are all checked.
const component = {
  file: 'src/components/site/Stavfel.astro',
  text: [
    '---',
    "const label = 'Sidans rubrikk';",
    '---',
    '<nav aria-label="Huvudmenyy" data-name="inteett ord">',
    '  <p class="kontroll__ruta">Alla sidor i guidden</p>',
    '</nav>',
    '',
  ].join('\n'),
  words: [
    { word: 'rubrikk', line: 2 },
    { word: 'Huvudmenyy', line: 4 },
    { word: 'guidden', line: 5 },
  ],
};

function spellCheck(dir: string) {
  const result = xSync(process.execPath, ['src/cli/spell-check.ts'], { nodeOptions: { cwd: dir } });
  return { code: result.exitCode, output: `${result.stdout}${result.stderr}` };
}

const lineOf = (dir: string, file: string, text: string) =>
  read(dir, file)
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;

// That the real project passes is `npm run lint:spell`, an early step of `npm test`.

test('a misspelled word in a page, a YAML text field and a component fails with file, line and word, and changes no file', () => {
  const dir = makeFixture();
  try {
    for (const { file, from, to } of breaks) edit(dir, file, from, to);
    write(dir, component.file, component.text);
    const before = hashTree(dir, ['content', 'src']);
    const { code, output } = spellCheck(dir);
    assert.equal(code, 1, output);
    for (const { file, to, word } of breaks) {
      assert.ok(
        output.includes(`${file}, rad ${lineOf(dir, file, to)}: okänt ord ”${word}”.`),
        `${file}: ${word}\n${output}`,
      );
    }
    for (const { word, line } of component.words) {
      assert.ok(
        output.includes(`${component.file}, rad ${line}: okänt ord ”${word}”.`),
        `${component.file}: ${word}\n${output}`,
      );
    }
    // Nothing else: frontmatter keys, component names, ids, class names and other attributes are not words to check.
    const expected = breaks.length + component.words.length;
    assert.equal(output.split('\n').filter((line) => line.includes('okänt ord')).length, expected, output);
    assert.match(
      output,
      new RegExp(`Stavningskontrollen hittade ${expected} okända ord\\. Rätta stavningen\\. .*content/ordlista\\.txt`),
    );
    assert.deepEqual(hashTree(dir, ['content', 'src']), before, 'the spell check changed a file');

    // A real word that the dictionary lacks goes into the project's word list, and then passes.
    appendFileSync(join(dir, 'content/ordlista.txt'), '\n# Testord\nkuvret\n');
    const after = spellCheck(dir);
    assert.equal(
      after.output.split('\n').filter((line) => line.includes('okänt ord')).length,
      expected - 1,
      after.output,
    );
    assert.ok(!after.output.includes('kuvret'), after.output);
  } finally {
    removeFixture(dir);
  }
});
