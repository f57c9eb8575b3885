// Proves the wiring of the content pipeline with real commands on a copy of the project: `npm run build` and a
// plain `astro build` both stop on editors' mistakes with the pipeline's Swedish messages (file and line), change
// no file, and leave the last good dist/ as it was. What each mistake's message says is tested, without a build,
// in tests/unit/content-pipeline/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  edit,
  hashTree,
  makeFixture,
  projectRoot,
  read,
  removeFixture,
  runAstroBuild,
  runBuild,
} from '../support/fixture.ts';

const POLIS = 'content/pages/polisanmalan.mdx';
let dir: string;
let contentBefore: Map<string, string>;
let distBefore: Map<string, string>;
const projectBefore = hashTree(projectRoot, ['content', 'src', 'public']);

/** The messages every run must print, with the line of each mistake in the broken copy. */
function expectedMessages(): string[] {
  const lineOf = (file: string, needle: string) =>
    read(dir, file)
      .split('\n')
      .findIndex((line) => line.includes(needle)) + 1;
  return [
    `${POLIS}, rad ${lineOf(POLIS, 'id="okand"')}: <Phone id="okand" /> – id:t "okand" finns inte i content/phone-numbers/.`,
    `${POLIS}, rad ${lineOf(POLIS, '<h2>Be om')}: rubriken "Be om åtkomstskydd" är skriven som <h2>`,
    `content/people/greta-berg.yaml, rad ${lineOf('content/people/greta-berg.yaml', 'email: greta.berg.skr.se')}: Fältet email är inte en giltig e-postadress. Förväntat: en adress som namn@exempel.se.`,
    `content/pages/om-guiden.mdx, rad ${lineOf('content/pages/om-guiden.mdx', 'owner:')}: Fältet owner pekar på "anna-pogulis", som inte finns i content/people/.`,
  ];
}

before(() => {
  dir = makeFixture();
  // The real build has run before this test (npm test builds first): it stands for the editor's last good site.
  assert.ok(existsSync(join(projectRoot, 'dist/index.html')), 'run npm run build before this test');
  cpSync(join(projectRoot, 'dist'), join(dir, 'dist'), { recursive: true });
  edit(dir, POLIS, '<Phone id="polisen" />', '<Phone\n  id="okand"\n/>');
  edit(dir, POLIS, '## Be om åtkomstskydd', '<h2>Be om åtkomstskydd</h2>');
  edit(dir, 'content/people/greta-berg.yaml', 'email: greta.berg@skr.se', 'email: greta.berg.skr.se');
  edit(dir, 'content/pages/om-guiden.mdx', 'owner: anna-lena-pogulis', 'owner: anna-pogulis');
  contentBefore = hashTree(dir, ['content']);
  distBefore = hashTree(dir, ['dist']);
});

after(() => {
  removeFixture(dir);
  assert.deepEqual(
    hashTree(projectRoot, ['content', 'src', 'public']),
    projectBefore,
    'the real project must be unchanged',
  );
});

test('npm run build stops with every mistake named by file and line, and changes nothing', async () => {
  const { code, output } = await runBuild(dir);
  // SHOW_MESSAGES=1 prints what the editor sees, to keep the examples in content/README.md current.
  if (process.env.SHOW_MESSAGES) console.log(output);
  assert.notEqual(code, 0, 'the build must fail');
  assert.match(output, /BYGGET STOPPADES: 4 fel i innehållet att rätta\./);
  for (const message of expectedMessages())
    assert.ok(output.includes(`  - ${message}`), `expected in output: ${message}\n--- output:\n${output}`);
  assert.match(output, /den förra byggda webbplatsen i dist\/ finns kvar/);
  assert.deepEqual(hashTree(dir, ['content']), contentBefore, 'the build must not change the content files');
  assert.deepEqual(hashTree(dir, ['dist']), distBefore, 'the last good site stays in dist/');
  assert.equal(existsSync(join(dir, '.dist-new')), false, 'no half-built site is left behind');
});

test('a plain astro build stops before rendering, with the same messages', async () => {
  const { code, output } = await runAstroBuild(dir);
  assert.notEqual(code, 0, 'the build must fail');
  for (const message of expectedMessages())
    assert.ok(output.includes(message), `expected in output: ${message}\n--- output:\n${output.slice(-3000)}`);
  assert.doesNotMatch(output, /\[build\] \d+ page\(s\) built/, 'no page was rendered');
  assert.deepEqual(hashTree(dir, ['content']), contentBefore, 'the build must not change the content files');
});
