import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import { trimFragment } from '../../src/integrations/pagefind.ts';

const fragment = {
  url: '/polisanmalan/',
  content: 'Polisanmälan: så anmäler du hot, hat och våld. Anmäl alltid det som har hänt.',
  word_count: 14,
  filters: {},
  meta: { title: 'Polisanmälan', keywords: 'anmälan, hotbrev, näthat', synonyms: 'snut, polisen' },
  anchors: [{ element: 'h2', id: 'anmal-pa-114-14', text: 'Anmäl på 114 14', location: 8 }],
};
const packed = (value: unknown) =>
  gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(value))]));

test("a fragment keeps what a result shows (address, text for the excerpt, title) in Pagefind's format, and no more", () => {
  const trimmed = gunzipSync(trimFragment(packed(fragment)));
  assert.equal(trimmed.subarray(0, 12).toString(), 'pagefind_dcd');
  assert.deepEqual(JSON.parse(trimmed.subarray(12).toString()), {
    ...fragment,
    meta: { title: 'Polisanmälan' },
    anchors: [],
  });
  assert.ok(trimmed.length < gunzipSync(packed(fragment)).length);
});

test('a fragment in a format it does not know stops the build instead of being guessed at', () => {
  assert.throws(() => trimFragment(gzipSync(JSON.stringify(fragment))), /okänt format/);
});
