import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchWords } from '../../src/lib/search-words.ts';

test('an everyday word is added to a page that uses its meaning inside a compound', () => {
  const words = searchWords(
    'Så gör du en polisanmälan.',
    [],
    [
      { word: 'anmälan', means: ['anmälan'] },
      { word: 'psykolog', means: ['vård'] },
    ],
  );
  assert.deepEqual(words, ['anmälan']);
});

test("an editor's keywords come first and are not repeated", () => {
  assert.deepEqual(searchWords('Hot på nätet', ['näthat', 'hot'], [{ word: 'hot', means: ['hot'] }]), [
    'näthat',
    'hot',
  ]);
});
