// addressOf is the one mapping from a built file to the address it is served at, for the build's steps, `_headers`
// and the tests alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressOf } from '../../src/lib/built-site.ts';

test('a page is served at its folder and any other file at its own path', () => {
  assert.equal(addressOf('index.html'), '/');
  assert.equal(addressOf('polisanmalan/index.html'), '/polisanmalan/');
  assert.equal(addressOf('en/search/index.html'), '/en/search/');
  assert.equal(addressOf('404.html'), '/404.html');
  assert.equal(addressOf('pagefind/pagefind.js'), '/pagefind/pagefind.js');
});

test('an absolute path inside the build folder gives the same address as the path inside it', () => {
  assert.equal(addressOf('/srv/dist/index.html', '/srv/dist'), '/');
  assert.equal(addressOf('/srv/dist/polisanmalan/index.html', '/srv/dist'), '/polisanmalan/');
  assert.equal(addressOf('/srv/dist/_headers', '/srv/dist'), '/_headers');
});
