import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lix, mainText } from '../../src/lib/readability.ts';

const round = (value: number) => Math.round(value * 10) / 10;

test('short sentences of short words give a low LIX: 6 words, 2 sentences, no long word = 3', () => {
  assert.deepEqual(lix('Jag är här. Du är där.'), { lix: 3, words: 6, sentences: 2, longWords: 0 });
});

test('long words count: 6 words, 2 sentences, 5 words over six letters = 3 + 83.3', () => {
  const result = lix('Förtroendevalda politiker anmäler hot. Polisen utreder.');
  assert.equal(result.longWords, 5);
  assert.equal(round(result.lix), 86.3);
});

test('a word of exactly six letters is not long, one of seven is', () => {
  assert.equal(lix('skadat').longWords, 0);
  assert.equal(lix('anmälan').longWords, 1);
});

test('colon, question and exclamation marks end sentences, and so does a line break (a heading, a list item)', () => {
  assert.equal(lix('Akut fara: ring nu! Vad gör jag? Så här').sentences, 4);
  assert.equal(lix('Steg 1\nRing polisen').sentences, 2);
});

test('numbers are words but never long words; a full stop inside a number does not end a sentence', () => {
  const result = lix('Ring 114 14. Det kostar 1.50 kr.');
  assert.equal(result.words, 7);
  assert.equal(result.sentences, 2);
  assert.equal(result.longWords, 0);
});

test('a paragraph of the ordinary guide scores far above Lättläst', () => {
  const text =
    'Händelser bör alltid rapporteras och anmälas. Anmälningarna gör att brotten kan kartläggas, och de är grunden för det förebyggande arbetet och för det stöd förtroendevalda behöver när de drabbas.';
  // 29 words, 2 sentences, 12 words over six letters: 14.5 + 41.4 = 55.9
  const result = lix(text);
  assert.equal(result.words, 29);
  assert.equal(result.longWords, 12);
  assert.equal(round(result.lix), 55.9);
});

test('an empty text has LIX 0', () => {
  assert.deepEqual(lix(''), { lix: 0, words: 0, sentences: 0, longWords: 0 });
});

test('mainText reads only <main>, one block a line, without scripts and parts search ignores', () => {
  const html = `<html><body><header>Meny</header><main><h1>Rubrik</h1><p>Första
raden. Andra &amp; sista.</p><div data-pagefind-ignore><h2>Hjälpte informationen?</h2><br><p>Ja</p></div><ul><li>Ett</li><li>Två</li></ul><template><p>Dold</p></template><script>var x = 1;</script><h2>Slut<a href="#slut" data-pagefind-ignore>Länk till avsnittet Slut</a></h2></main><footer>Sidfot</footer></body></html>`;
  assert.equal(mainText(html), 'Rubrik\nFörsta raden. Andra & sista.\nEtt\nTvå\nSlut');
});
