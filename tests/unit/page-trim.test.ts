import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CssTrimmer,
  hashSource,
  inlineCode,
  scriptsLoadedOnUse,
  trimPage,
  usedNames,
  withCustomPropertiesInlined,
  withOwnHashes,
  withoutUnmatchedHas,
  withUsedCss,
} from '../../src/integrations/page-trim.ts';

const css =
  ':focus-visible{outline:3px solid}:target{scroll-margin-block-start:1rem}.emergency{color:#fff}.notes textarea{width:100%}' +
  '.search-results{padding:0}.feedback__thanks:target{display:block}@media print{.emergency{border:2px solid}.akutkort{border:0}}';
const csp = (script: string[], style: string[]) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self';connect-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${script.join(' ')}; style-src 'self' ${style.join(' ')};">`;
const page = (
  body: string,
  script: string[] = [hashSource('a()'), hashSource('b()')],
  style = [hashSource(css), hashSource('x{}')],
) =>
  `<!doctype html><html lang="sv"><head>${csp(script, style)}<style>${css}</style></head><body>${body}</body></html>`;

test('a page keeps the rules its markup uses, pseudo-class rules that match anywhere, and drops the rest', async () => {
  const html = await withUsedCss(
    page('<aside class="emergency"><a href="tel:112">112</a></aside><div class="feedback__thanks" id="tack"></div>'),
  );
  const kept = html.match(/<style>(.*)<\/style>/)![1];
  for (const rule of [
    ':focus-visible',
    ':target{',
    '.emergency{color',
    '.feedback__thanks:target',
    '@media print{.emergency',
  ])
    assert.ok(kept.includes(rule), `${rule} missing in ${kept}`);
  for (const rule of ['.notes', '.search-results', '.akutkort'])
    assert.ok(!kept.includes(rule), `${rule} kept in ${kept}`);
});

test("a class that only a page's inline script adds is kept, because the script names it", async () => {
  const html = await withUsedCss(
    page('<ol id="r"></ol><script type="module">document.getElementById("r").className=`search-results`</script>'),
  );
  assert.match(html, /<style>[^<]*\.search-results\{padding:0\}/);
});

test("the CSP lists exactly the hashes of the page's own inline code", () => {
  const script = 'document.title="x"';
  const html = withOwnHashes(page(`<script type="module">${script}</script><script src="/a.js"></script>`));
  const policy = html.match(/content="([^"]*)"/)![1];
  const directive = (name: string) =>
    policy
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `));
  assert.equal(directive('script-src'), `script-src 'self' 'wasm-unsafe-eval' ${hashSource(script)}`);
  assert.equal(directive('style-src'), `style-src 'self' ${hashSource(css)}`);
  assert.equal(directive('default-src'), "default-src 'self'");
  assert.deepEqual(inlineCode(html).scripts, [script], 'a script with src is a file, allowed by self');
});

test('a page without JavaScript allows no inline script at all', async () => {
  const html = await trimPage(page('<main><p class="emergency">Ring 112</p></main>'));
  const { styles } = inlineCode(html);
  assert.doesNotMatch(html, /script-src[^;]*sha256/);
  assert.match(html, new RegExp(`style-src 'self' ${hashSource(styles[0]).replace(/[+/=]/g, '\\$&')};`));
});

test('an attribute a script sets through dataset keeps its rule', async () => {
  const withRule = (body: string) =>
    `<!doctype html><html lang="sv"><head><style>.h[data-copied]::after{content:attr(data-copied)}.h{display:grid}</style></head><body>${body}</body></html>`;
  const kept = await withUsedCss(
    withRule(
      '<div class="h"></div><script type="module">document.querySelector(".h").dataset.copied="Kopierad"</script>',
    ),
  );
  assert.match(kept, /\[data-copied\]::after/);
  const dropped = await withUsedCss(withRule('<div class="h"></div>'));
  assert.doesNotMatch(dropped, /data-copied/);
});

test('usedNames turns dataset names into the attributes they set', () => {
  assert.deepEqual(
    usedNames('el.dataset.copyDone = 1').filter((name) => name.startsWith('data-')),
    ['data-copy-done'],
  );
});

test('a class that only a script fetched on use adds is kept, because that script names it', async () => {
  const body = '<ol id="r"></ol><script type="module">import(`/_astro/search-run-x1.js`)</script>';
  assert.deepEqual(scriptsLoadedOnUse(page(body)), ['/_astro/search-run-x1.js']);
  assert.doesNotMatch(await withUsedCss(page(body)), /\.search-results\{/);
  assert.match(
    await withUsedCss(page(body), ['r.className=`search-results`']),
    /<style>[^<]*\.search-results\{padding:0\}/,
  );
});

test('a rule that needs, inside :has(), a class the page does not name goes; the others stay', () => {
  const print =
    '@media print{body:has(.card)>:not(.page),body:has(.card) .content>:not(.card){display:none}.a:has(.b),.c{color:red}.d{color:red}}';
  assert.equal(
    withoutUnmatchedHas(print, new Set(['a', 'c', 'd'])),
    '@media print{.a:has(.b),.c{color:red}.d{color:red}}',
  );
  assert.equal(withoutUnmatchedHas(print, new Set(['card', 'b'])), print);
});

test('a custom property declared once on :root is written as its value, and its declaration goes', () => {
  const css =
    '@layer base{:root{--space:1rem;--brand:#0b2e4f;color:var(--brand)}}@layer c{.a{padding:var(--space) 0;border:2px solid var(--brand)}}';
  assert.equal(
    withCustomPropertiesInlined(css),
    '@layer base{:root{color:#0b2e4f}}@layer c{.a{padding:1rem 0;border:2px solid #0b2e4f}}',
  );
});

test('a custom property that could compute to something else somewhere stays as it is', () => {
  const cases = [
    ':root{--a:1rem}.x{--a:2rem}.y{margin:var(--a)}', // declared twice
    '@media print{:root{--a:1rem}}.y{margin:var(--a)}', // only under a condition
    'html{--a:1rem}.y{margin:var(--a)}', // not on :root
    ':root{--a:1rem!important}.y{margin:var(--a)}',
    ':root{--b:1rem;--a:var(--b)}.y{margin:var(--a)}', // --a refers to another property (--b is still inlined)
    '@property --a{syntax:"<length>";inherits:false;initial-value:0}:root{--a:1rem}.y{margin:var(--a)}',
  ];
  for (const css of cases) assert.match(withCustomPropertiesInlined(css), /margin:var\(--a\)/, css);
  // A page whose markup or script names the property (an inline style, say) keeps it too.
  assert.equal(
    withCustomPropertiesInlined(':root{--a:1rem}.y{margin:var(--a)}', ['<p style="width:var(--a)">']),
    ':root{--a:1rem}.y{margin:var(--a)}',
  );
});

test('a page without custom properties keeps its CSS byte for byte', () => {
  const css = ':focus-visible,input:is([type=time]):focus-within{outline:3px solid}';
  assert.equal(withCustomPropertiesInlined(css), css);
});

test('pages whose words agree on every name in the stylesheet get their CSS from one run of PurgeCSS, the same as each alone', async () => {
  const pages = [
    page('<main><p class="emergency">Ring 112 om det är akut.</p></main>'),
    page('<main><p class="emergency">Skriv ner vad som hände och när.</p></main>'),
    page('<main><p class="emergency">Spara brevet.</p><div class="notes"><textarea></textarea></div></main>'),
  ];
  const trimmer = new CssTrimmer();
  for (const html of pages)
    assert.equal(await trimPage(html, [], trimmer), await trimPage(html), 'the same page as PurgeCSS gives it alone');
  assert.equal(trimmer.purgeRuns, 2, 'the first two pages differ only in words the stylesheet does not name');
});

test('a word that only begins, ends or holds the value of an attribute selector still tells pages apart', async () => {
  const withLinks = (href: string) =>
    `<!doctype html><html lang="sv"><head><style>a[href^='http']::after{content:' (extern)'}p{margin:0}</style></head><body><p>Läs <a href="${href}">mer</a></p></body></html>`;
  const trimmer = new CssTrimmer();
  assert.match(await withUsedCss(withLinks('https://polisen.se/'), [], trimmer), /href\^='http'/);
  assert.doesNotMatch(await withUsedCss(withLinks('/polisanmalan/'), [], trimmer), /href\^='http'/);
  assert.equal(trimmer.purgeRuns, 2);
});

test('a stylesheet whose names cannot be read from its text is trimmed afresh for every page', async () => {
  const escaped = (word: string) =>
    `<!doctype html><html lang="sv"><head><style>.\\31 0{color:red}p{margin:0}</style></head><body><p>${word}</p></body></html>`;
  const trimmer = new CssTrimmer();
  await withUsedCss(escaped('ett'), [], trimmer);
  await withUsedCss(escaped('två'), [], trimmer);
  assert.equal(trimmer.purgeRuns, 2);
});

test('a word that holds the name of a custom property keeps that property, also for a page trimmed after one that inlined it', async () => {
  const withScript = (script: string) =>
    `<!doctype html><html lang="sv"><head><style>:root{--a:1rem}.y{margin:var(--a)}</style></head><body><p class="y">Hej</p>${script}</body></html>`;
  const trimmer = new CssTrimmer();
  for (const html of [
    withScript(''),
    withScript("<script type=\"module\">document.body.style.setProperty('--a-b', '2rem')</script>"),
  ]) {
    assert.equal(
      await withUsedCss(html, [], trimmer),
      await withUsedCss(html),
      'the same CSS as PurgeCSS and Lightning CSS give it alone',
    );
  }
  assert.equal(trimmer.purgeRuns, 2);
});
