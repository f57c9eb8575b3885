// Does what content/README.md tells a new editor to do, on a copy of the project, and looks at the built site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, makeFixture, read, removeFixture, runBuild, write } from '../helpers/fixture.ts';

test('an editor adds a page and changes a number, and the built site shows both', { concurrency: true }, async () => {
  const dir = makeFixture();
  try {
    // "Lägg till en sida": the frontmatter exactly as the guide shows it.
    write(
      dir,
      'content/pages/nathat.mdx',
      [
        '---',
        'title: Hot och hat på nätet',
        'description: Så sparar du bevis och anmäler hot och hat som du har fått på nätet.',
        'navLabel: Hot på nätet',
        'navOrder: 8',
        'published: 2026-11-29',
        'updated: 2026-11-29',
        'reviewed: 2026-11-29',
        'owner: greta-berg',
        '---',
        '',
        'Ring <Phone id="polisen" /> för att anmäla. [Så gör du en polisanmälan](/polisanmalan/#hot-pa-natet).',
        '',
      ].join('\n'),
    );
    // "Ändra ett telefonnummer": only the number and the checked date change.
    edit(dir, 'content/phone-numbers.yaml', 'number: "08-452 79 58"', 'number: "08-452 70 00"');

    const { code, output } = await runBuild(dir);
    assert.equal(code, 0, output.slice(-2000));
    assert.match(output, /\[review-warning\] \d+ sidor och uppgifter har inte granskats på 12 månader\. Kör npm run review för listan\./, 'stale facts warn without failing the build');

    const page = readFileSync(join(dir, 'dist/nathat/index.html'), 'utf8');
    assert.match(page, /<h1>Hot och hat på nätet<\/h1>/);
    assert.match(page, /Senast granskad<\/dt><dd><time datetime="2026-11-29">29 november 2026<\/time>/);
    assert.ok(page.includes('>114 14</a>'), 'the page shows the formatted number from phone-numbers.yaml');

    const start = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    assert.match(start, /<a href="\/nathat\/"[^>]*>\s*Hot på nätet\s*<\/a>/, 'the menu links to the new page');

    const contacts = readFileSync(join(dir, 'dist/kommuner-och-regioner/index.html'), 'utf8');
    assert.ok(contacts.includes('href="tel:+4684527000">08-452 70 00</a>'), 'the changed number is shown, formatted');
    assert.ok(!contacts.includes('08-452 79 58'), 'the old number is gone');
    assert.ok(existsSync(join(dir, 'dist/pagefind/pagefind.js')), 'the search index is built');
  } finally {
    removeFixture(dir);
  }
});

test('a failed build leaves the last good site in dist/ untouched', async () => {
  const dir = makeFixture();
  try {
    const first = await runBuild(dir);
    assert.equal(first.code, 0, first.output.slice(-2000));
    const goodIndex = read(dir, 'dist/index.html');
    const goodPage = read(dir, 'dist/polisanmalan/index.html');

    edit(dir, 'content/pages/polisanmalan.mdx', '<Phone id="polisen" />', '<Phone id="polis" />');
    const second = await runBuild(dir);
    assert.notEqual(second.code, 0);
    assert.match(second.output, /den förra byggda webbplatsen i dist\/ finns kvar/);
    assert.equal(read(dir, 'dist/index.html'), goodIndex);
    assert.equal(read(dir, 'dist/polisanmalan/index.html'), goodPage);
    assert.ok(existsSync(join(dir, 'dist/pagefind/pagefind.js')), 'the search index of the good build is still there');
    assert.equal(existsSync(join(dir, '.dist-new')), false);
  } finally {
    removeFixture(dir);
  }
});
