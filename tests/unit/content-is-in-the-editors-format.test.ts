// Every file the editor edits is already in the format it writes, so an edit in the browser changes only its own
// lines in git. src/editor/format.ts writes a file with Keystatic's own fields and YAML library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
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
