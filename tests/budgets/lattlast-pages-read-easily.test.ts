// Lättläst pages stay easy to read as the reader meets them: the LIX of the whole page (the emergency line, the
// header and menu, <main> with the feedback question and the sources, and the footer) is at most 25. Run after
// `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, sitePages } from '../support/dist.ts';
import { LATTLAST_MAX_LIX as MAX_LIX, lix, mainText, pageText } from '../../src/lib/readability.ts';

/** The pages the Lättläst version must have: the start page, "Vad gör jag nu?", the police report, letters and calls, and feeling bad. */
const required = [
  '/lattlast/',
  '/lattlast/vad-gor-jag-nu/',
  '/lattlast/polisanmalan/',
  '/lattlast/hotbrev-och-samtal/',
  '/lattlast/ma-daligt/',
];

const pages = sitePages()
  .filter((path) => path.startsWith('/lattlast/'))
  .map((path) => ({ path, file: join(distDir, path, 'index.html') }));

test('the Lättläst version has the start page, "Vad gör jag nu?", the police report, "Hotbrev, samtal och paket" and "När du mår dåligt"', () => {
  assert.deepEqual(
    required.filter((path) => !pages.some((page) => page.path === path)),
    [],
  );
});

for (const page of pages) {
  test(`${page.path} has a LIX of at most ${MAX_LIX}, header, main and footer`, () => {
    const html = readFileSync(page.file, 'utf8');
    const main = lix(mainText(html));
    assert.ok(main.words >= 50, `${page.path}: only ${main.words} words of main text were found`);
    const result = lix(pageText(html));
    assert.ok(
      result.lix <= MAX_LIX,
      `${page.path}: LIX ${result.lix.toFixed(1)} (${result.words} ord, ${result.sentences} meningar, ${result.longWords} långa ord). Skriv kortare meningar och byt långa ord mot korta.`,
    );
  });
}

test('the LIX of a page counts its header and footer, and leaves out words in another language', () => {
  const html = (footer: string) =>
    `<html lang="sv"><body><header><a lang="en" href="/en/">In English</a></header><main><p>Ring 112.</p><p>Du kan ringa dag och natt.</p></main><footer><p>${footer}</p></footer></body></html>`;
  const easy = pageText(html('Sidan kom ut i dag.'));
  assert.equal(easy, 'Ring 112.\nDu kan ringa dag och natt.\nSidan kom ut i dag.');
  // A footer of long words makes the page harder to read, though <main> is the same.
  assert.ok(
    lix(pageText(html('Informationsansvarig projektledare kontrollerade publiceringsdatum.'))).lix > lix(easy).lix + 20,
  );
});
