// Every file the editor edits is already in the format it writes, so an edit in the browser changes only its own
// lines in git. src/editor/format.ts writes a file with Keystatic's own fields and YAML library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_KINDS, filesOf, formatEntry, unformattedFiles } from '../../src/editor/format.ts';
import { projectRoot } from '../support/fixture.ts';

test('every page and data file is in the format the editor writes', () => {
  const files = unformattedFiles(projectRoot).map(({ file }) => file);
  assert.deepEqual(
    files,
    [],
    `Kör npm run format:content. De här filerna har inte redigerarens format:\n  ${files.join('\n  ')}`,
  );
});

test('the format check sees a file written by hand', () => {
  const kind = ENTRY_KINDS.find((candidate) => candidate.key === 'telefonnummer')!;
  const [file] = filesOf(kind, projectRoot);
  const byHand = 'label: Polisen\nnumber: "114 14"\nsource: SKL:s sida 7 december 2018\nchecked: 2018-12-07\n';
  assert.equal(
    formatEntry(kind, file, byHand),
    'label: Polisen\nnumber: 114 14\nlattlast: {}\nen: {}\nsource: SKL:s sida 7 december 2018\nchecked: 2018-12-07\n',
  );
});

// What the editor's form would refuse fails here for every file, with Keystatic's own parse and validation, so the
// browser test (tests/editor/) need only open one form of each kind.
test('the format check refuses what the form would refuse, naming the file and the field', () => {
  const steps = ENTRY_KINDS.find((candidate) => candidate.key === 'steg')!;
  const step = 'content/steps/akut-fara.yaml';
  const text = readFileSync(join(projectRoot, step), 'utf8');
  assert.throws(
    () => formatEntry(steps, step, text.replace('title: Är du i fara just nu?', 'title: Ja')),
    /^Error: content\/steps\/akut-fara\.yaml: title: .*at least 3/,
  );

  const pages = ENTRY_KINDS.find((candidate) => candidate.key === 'sidor')!;
  const page = 'content/pages/polisanmalan.mdx';
  const mdx = readFileSync(join(projectRoot, page), 'utf8');
  for (const [added, name] of [
    ['<div>Ring 112.</div>', 'div'],
    ['<Okand id="x" />', 'Okand'],
  ])
    assert.throws(
      () => formatEntry(pages, page, `${mdx}\n${added}\n`),
      new RegExp(`^Error: content/pages/polisanmalan\\.mdx: .*Missing component definition for ${name}`),
    );
});
