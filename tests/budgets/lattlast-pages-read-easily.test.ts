// Lättläst pages stay easy to read: the LIX of each page's main text (what a reader reads in <main>, without the
// section links and the feedback question) is at most 25. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, sitePages } from '../support/dist.ts';
import { LATTLAST_MAX_LIX as MAX_LIX, lix, mainText } from '../../src/lib/readability.ts';

/** The pages the Lättläst version must have: the start page, "Vad gör jag nu?" and the police report. */
const required = ['/lattlast/', '/lattlast/vad-gor-jag-nu/', '/lattlast/polisanmalan/'];

const pages = sitePages()
  .filter((path) => path.startsWith('/lattlast/'))
  .map((path) => ({ path, file: join(distDir, path, 'index.html') }));

test('the Lättläst version has the start page, "Vad gör jag nu?" and the police report', () => {
  assert.deepEqual(
    required.filter((path) => !pages.some((page) => page.path === path)),
    [],
  );
});

for (const page of pages) {
  test(`${page.path} has a LIX of at most ${MAX_LIX}`, () => {
    const text = mainText(readFileSync(page.file, 'utf8'));
    const result = lix(text);
    assert.ok(result.words >= 50, `${page.path}: only ${result.words} words of main text were found`);
    assert.ok(
      result.lix <= MAX_LIX,
      `${page.path}: LIX ${result.lix.toFixed(1)} (${result.words} ord, ${result.sentences} meningar, ${result.longWords} långa ord). Skriv kortare meningar och byt långa ord mot korta.`,
    );
  });
}
