import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { compressedCopies } from '../../src/integrations/precompress.ts';

const page = Buffer.from(
  `<!doctype html><html lang="sv"><title>Polisanmälan</title>${'<p>Ring 114 14 och säg att det gäller en förtroendevald.</p>'.repeat(40)}`,
);

test('a text file gets a Brotli and a gzip copy, each smaller and each unpacking to the same bytes', async () => {
  const { br, gz } = await compressedCopies('dist/polisanmalan/index.html', page);
  assert.ok(br && gz);
  assert.deepEqual(brotliDecompressSync(br), page);
  assert.deepEqual(gunzipSync(gz), page);
  assert.ok(br.length < gz.length && gz.length < page.length, `br ${br.length}, gz ${gz.length}, file ${page.length}`);
});

test('a file that would not shrink gets no copy, so nginx never sends more than the file', async () => {
  const tiny = Buffer.from('<svg/>');
  assert.deepEqual(await compressedCopies('dist/favicon.svg', tiny), { br: undefined, gz: undefined });
});

test("a Pagefind file gets a Brotli copy of its unpacked bytes, signature first, which Pagefind's script accepts as is", async () => {
  const unpacked = Buffer.concat([
    Buffer.from('pagefind_dcd'),
    Buffer.from(JSON.stringify({ url: '/polisanmalan/', content: 'Anmäl alltid. '.repeat(50) })),
  ]);
  const file = gzipSync(unpacked, { level: 9 });
  const copies = await compressedCopies('dist/pagefind/fragment/sv_1.pf_fragment', file);
  assert.equal(copies.gz, undefined, 'the file itself is gzip already');
  assert.ok(copies.br && copies.br.length < file.length);
  assert.deepEqual(brotliDecompressSync(copies.br), unpacked);
});

test('images and files that are not Pagefind gzip files are left alone', async () => {
  assert.deepEqual(await compressedCopies('dist/og-image.png', Buffer.alloc(2000)), {});
  assert.deepEqual(await compressedCopies('dist/pagefind/wasm.sv.pagefind', Buffer.from('not gzip')), {});
});
