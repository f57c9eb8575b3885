// `npm run lint:spell` on a broken copy of the project: a misspelled word in a page, in a YAML text field and in a
// component each give a Swedish line with file, line and word, and the check fails; the word list lets a real word pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, hashTree, makeFixture, read, removeFixture } from '../support/fixture.ts';

const breaks = [
  { file: 'content/pages/polisanmalan.mdx', from: 'Anmäl alltid det som har hänt.', to: 'Anmäl alltid det som har hännt.', word: 'hännt' },
  { file: 'content/steps.yaml', from: 'Spara brev, kuvert och lappar.', to: 'Spara brev, kuvret och lappar.', word: 'kuvret' },
  { file: 'src/components/search/SearchPage.astro', from: 'id="alla-sidor">Alla sidor i guiden<', to: 'id="alla-sidor">Alla sidor i guidden<', word: 'guidden' },
];

function spellCheck(dir: string) {
  const result = spawnSync(process.execPath, ['src/scripts/spell-check.ts'], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

const lineOf = (dir: string, file: string, text: string) => read(dir, file).split('\n').findIndex((line) => line.includes(text)) + 1;

test('the real project passes the spell check', () => {
  const dir = makeFixture();
  try {
    const { code, output } = spellCheck(dir);
    assert.equal(code, 0, output);
    assert.match(output, /Stavningskontrollen: inga okända ord i \d+ filer\./);
  } finally {
    removeFixture(dir);
  }
});

test('a misspelled word in a page, a YAML text field and a component fails with file, line and word, and changes no file', () => {
  const dir = makeFixture();
  try {
    for (const { file, from, to } of breaks) edit(dir, file, from, to);
    const before = hashTree(dir, ['content', 'src']);
    const { code, output } = spellCheck(dir);
    assert.equal(code, 1, output);
    for (const { file, to, word } of breaks) {
      assert.ok(output.includes(`${file}, rad ${lineOf(dir, file, to)}: okänt ord ”${word}”.`), `${file}: ${word}\n${output}`);
    }
    // Nothing else: frontmatter keys, component names, ids and addresses are not words to check.
    assert.equal(output.split('\n').filter((line) => line.includes('okänt ord')).length, breaks.length, output);
    assert.match(output, /Stavningskontrollen hittade 3 okända ord\. Rätta stavningen\. .*content\/ordlista\.txt/);
    assert.deepEqual(hashTree(dir, ['content', 'src']), before, 'the spell check changed a file');

    // A real word that the dictionary lacks goes into the project's word list, and then passes.
    appendFileSync(join(dir, 'content/ordlista.txt'), '\n# Testord\nkuvret\n');
    const after = spellCheck(dir);
    assert.equal(after.output.split('\n').filter((line) => line.includes('okänt ord')).length, breaks.length - 1, after.output);
    assert.ok(!after.output.includes('kuvret'), after.output);
  } finally {
    removeFixture(dir);
  }
});
