// Does what content/README.md tells a new editor to do, on a copy of the project, and looks at the built site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, makeFixture, removeFixture, runBuild, write } from '../support/fixture.ts';

// The one full build of the content tests: a failed build (build-stops-on-editor-mistakes) needs none.
test('an editor adds a page and changes a number, and the built site shows both', async () => {
  const dir = makeFixture();
  try {
    // "Lägg till en sida": the frontmatter exactly as the guide shows it.
    write(
      dir,
      'content/pages/sociala-medier.mdx',
      [
        '---',
        'title: Hot i sociala medier',
        'description: Så sparar du bevis och anmäler hot som du har fått i sociala medier.',
        'navLabel: Sociala medier',
        'navOrder: 21',
        'published: 2026-11-29',
        'updated: 2026-11-29',
        'reviewed: 2026-11-29',
        'owner: greta-berg',
        'sources: [polisen-nathat]',
        '---',
        '',
        'Ring <Phone id="polisen" /> för att anmäla. [Så gör du en polisanmälan](/polisanmalan/#hot-pa-natet).',
        '',
      ].join('\n'),
    );
    // "Ändra ett telefonnummer": only the number and the checked date change.
    edit(dir, 'content/phone-numbers/greta-berg.yaml', 'number: 08-452 79 58', 'number: 08-452 70 00');

    const { code, output } = await runBuild(dir);
    assert.equal(code, 0, output.slice(-2000));
    assert.match(
      output,
      /\[review-warning\] \d+ sidor och uppgifter har inte granskats på 12 månader\. Kör npm run review för listan\./,
      'stale facts warn without failing the build',
    );

    const page = readFileSync(join(dir, 'dist/sociala-medier/index.html'), 'utf8');
    assert.match(page, /<h1>Hot i sociala medier<\/h1>/);
    assert.match(page, /<h2 id="kallor">Källor<\/h2>/, 'the page lists its sources');
    assert.ok(
      page.includes('Näthat – utsatt, Polisen (polisen.se). Jämförd med en sparad kopia av källan'),
      'each source with its name and the day it was compared with (a stored copy of) the source',
    );
    assert.match(page, /Senast granskad<\/dt><dd><time datetime="2026-11-29">29 november 2026<\/time>/);
    assert.ok(page.includes('>114 14</a>'), 'the page shows the formatted number from its data');

    const start = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    assert.match(
      start,
      /<a href="\/sociala-medier\/"[^>]*>\s*Sociala medier\s*<\/a>/,
      'the menu links to the new page',
    );

    const contacts = readFileSync(join(dir, 'dist/kommuner-och-regioner/index.html'), 'utf8');
    assert.ok(contacts.includes('href="tel:+4684527000">08-452 70 00</a>'), 'the changed number is shown, formatted');
    assert.ok(!contacts.includes('08-452 79 58'), 'the old number is gone');
    assert.ok(existsSync(join(dir, 'dist/pagefind/pagefind.js')), 'the search index is built');
  } finally {
    removeFixture(dir);
  }
});

test("in the preview (npm run dev) a mistake shows the pipeline's Swedish message as soon as the file is saved, and the page comes back when it is fixed", async () => {
  const dir = makeFixture();
  const port = Number(process.env.PORT_E2E ?? 4330) + 10; // + 8 is the npm start test's, which runs at the same time
  const preview = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: dir, env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  let log = '';
  preview.stdout.on('data', (chunk) => (log += chunk));
  preview.stderr.on('data', (chunk) => (log += chunk));
  const page = `http://127.0.0.1:${port}/polisanmalan/`;
  const message =
    /content\/pages\/polisanmalan\.mdx, rad \d+: <Phone id="okand" \/> – id:t "okand" finns inte i content\/phone-numbers\/\. Förväntat: ett av /;
  try {
    await until(
      async () => (await fetch(page).catch(() => null))?.status === 200,
      60_000,
      () => log,
    );
    edit(dir, 'content/pages/polisanmalan.mdx', '<Phone id="polisen" />', '<Phone id="okand" />');
    await until(
      () => message.test(log),
      20_000,
      () => log,
    );
    // The page fails with the pipeline's messages, which Astro's error overlay shows in the browser.
    assert.equal((await fetch(page)).status, 500);
    await until(
      () => log.includes('Rätta felen och spara, så visas sidan igen.'),
      5_000,
      () => log,
    );
    assert.doesNotMatch(log, /should have reported/, 'no English message from the code');
    edit(dir, 'content/pages/polisanmalan.mdx', '<Phone id="okand" />', '<Phone id="polisen" />');
    await until(
      () => log.includes('Innehållet har inga fel.'),
      20_000,
      () => log,
    );
    await until(
      async () => (await fetch(page)).status === 200,
      20_000,
      () => log,
    );
  } finally {
    preview.kill('SIGTERM');
    await new Promise((resolve) => preview.once('close', resolve));
    removeFixture(dir);
  }
});

/** Waits until `condition` holds, checking every 250 ms; fails after `ms` with the end of the preview's log. */
async function until(condition: () => boolean | Promise<boolean>, ms: number, log: () => string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) assert.fail(`gave up after ${ms} ms; the preview said:\n${log().slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
