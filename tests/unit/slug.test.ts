import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionSlug } from '../../src/lib/slug.ts';

test('section addresses fold å, ä and ö so pasted links stay readable', () => {
  assert.equal(sectionSlug('Anmäl på 114 14'), 'anmal-pa-114-14');
  assert.equal(sectionSlug('Hot på nätet'), 'hot-pa-natet');
  assert.equal(sectionSlug('Varför du ska anmäla?'), 'varfor-du-ska-anmala');
});

test('punctuation and repeated spaces become single hyphens, never at the ends', () => {
  assert.equal(sectionSlug('  SKL:s stöd – till kommuner  '), 'skl-s-stod-till-kommuner');
});
