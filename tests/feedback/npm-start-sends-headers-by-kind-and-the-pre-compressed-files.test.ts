// `npm start` serves the built site from the feedback service's Node process. It must answer as nginx does: the
// document headers on HTML only, what protects any file on everything, the build's .br and .gz copies to a
// browser that accepts them, with Vary: Accept-Encoding, and a page's version with the service where there is one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { compressedCopies } from '../../src/integrations/precompress.ts';
import { documentHeaders, responseHeaders, securityHeaders } from '../../src/server/headers.ts';
import {
  removeFolder,
  startService,
  tempFolder,
  testPortBase,
  writeFixtureSite,
  type RunningService,
} from '../support/feedback-service.ts';

let dir: string;
let site: string;
let service: RunningService;

/** Writes a file of the site and, as the build does, its compressed copies beside it. */
async function writeBuilt(path: string, content: Buffer): Promise<void> {
  const file = join(site, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
  for (const [extension, data] of Object.entries(await compressedCopies(file, content)))
    if (data) writeFileSync(`${file}.${extension}`, data);
}

const script = Buffer.from(
  `export const pages = ${JSON.stringify(Array.from({ length: 60 }, (_, i) => `/sida-${i}/`))};\n`,
);
const withoutService = Buffer.from(
  `<!doctype html><title>Om guiden</title><p>${'Skicka ditt svar med e-post. '.repeat(60)}</p>`,
);
const withService = Buffer.from(
  `<!doctype html><title>Om guiden</title><form method="post" action="/api/feedback">${'<button>Ja</button>'.repeat(60)}</form>`,
);
const indexChunk = gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from('polisanmälan '.repeat(200))]));

before(async () => {
  dir = tempFolder('npm-start');
  site = writeFixtureSite(dir);
  const page = readFileSync(join(site, 'polisanmalan', 'index.html'));
  await writeBuilt(
    'polisanmalan/index.html',
    Buffer.concat([page, Buffer.from(`<p>${'Ring 114 14 och säg att du är förtroendevald. '.repeat(40)}</p>`)]),
  );
  await writeBuilt('pagefind/pagefind.js', script);
  await writeBuilt('pagefind/index/sv_1234567.pf_index', indexChunk);
  await writeBuilt('om-guiden/index.html', withoutService);
  await writeBuilt('om-guiden/index.feedback.html', withService);
  service = await startService({ port: testPortBase + 8, database: join(dir, 'feedback.sqlite'), siteDir: site });
});
after(async () => {
  await service.stop();
  removeFolder(dir);
});

/** A GET with exactly the Accept-Encoding given (fetch would add its own), body as sent. */
function get(
  path: string,
  acceptEncoding?: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${service.url}${path}`,
      { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const header = (headers: Record<string, string | string[] | undefined>, name: string) =>
  headers[name.toLowerCase()] as string | undefined;

test('a page gets every security header; a script and an index file only those that protect any file', async () => {
  const page = await get('/polisanmalan/', 'gzip, deflate, br, zstd');
  assert.equal(page.status, 200);
  for (const [name, value] of Object.entries(securityHeaders))
    assert.equal(header(page.headers, name), value, `${name} on the page`);

  for (const path of ['/pagefind/pagefind.js', '/pagefind/index/sv_1234567.pf_index']) {
    const file = await get(path, 'gzip, deflate, br, zstd');
    assert.equal(file.status, 200, path);
    for (const [name, value] of Object.entries(responseHeaders))
      assert.equal(header(file.headers, name), value, `${name} on ${path}`);
    for (const name of Object.keys(documentHeaders))
      assert.equal(header(file.headers, name), undefined, `${name} on ${path}`);
  }
  assert.equal(
    header((await get('/pagefind/index/sv_1234567.pf_index')).headers, 'cache-control'),
    'public, max-age=31536000, immutable',
  );
});

test('the 404 page is a document and gets every security header', async () => {
  const missing = await get('/finns-inte/', 'br');
  assert.equal(missing.status, 404);
  for (const [name, value] of Object.entries(securityHeaders))
    assert.equal(header(missing.headers, name), value, `${name} on the 404 page`);
});

test("a browser that accepts Brotli gets the build's .br copy, one that accepts only gzip its .gz, each with Vary", async () => {
  for (const path of ['/polisanmalan/', '/pagefind/pagefind.js']) {
    const file = path.endsWith('/') ? `${path}index.html` : path;
    const br = await get(path, 'gzip, deflate, br, zstd');
    assert.equal(header(br.headers, 'content-encoding'), 'br', path);
    assert.match(header(br.headers, 'vary') ?? '', /accept-encoding/i, path);
    assert.deepEqual(br.body, readFileSync(join(site, `${file}.br`)), `${path}: the .br file as built`);

    const gz = await get(path, 'gzip');
    assert.equal(header(gz.headers, 'content-encoding'), 'gzip', path);
    assert.match(header(gz.headers, 'vary') ?? '', /accept-encoding/i, path);
    assert.deepEqual(gz.body, readFileSync(join(site, `${file}.gz`)), `${path}: the .gz file as built`);
    assert.deepEqual(brotliDecompressSync(br.body), gunzipSync(gz.body), path);
  }
});

test("a Pagefind file goes as its Brotli copy to a browser that accepts Brotli, and as Pagefind's own gzip file otherwise", async () => {
  const br = await get('/pagefind/index/sv_1234567.pf_index', 'br');
  assert.equal(header(br.headers, 'content-encoding'), 'br');
  assert.deepEqual(brotliDecompressSync(br.body), gunzipSync(indexChunk));
  const plain = await get('/pagefind/index/sv_1234567.pf_index', 'gzip');
  assert.equal(header(plain.headers, 'content-encoding'), undefined, "Pagefind's script unpacks its own gzip");
  assert.deepEqual(plain.body, indexChunk);
});

test('a client that accepts no compression gets the file itself', async () => {
  const plain = await get('/pagefind/pagefind.js');
  assert.equal(header(plain.headers, 'content-encoding'), undefined);
  assert.deepEqual(plain.body, script);
});

test("a page the build wrote in two versions is sent in its version with the service, this server's, compressed as built", async () => {
  for (const encoding of [undefined, 'br', 'gzip']) {
    const page = await get('/om-guiden/', encoding);
    assert.equal(page.status, 200);
    assert.match(header(page.headers, 'content-type') ?? '', /^text\/html/);
    const body =
      encoding === 'br' ? brotliDecompressSync(page.body) : encoding === 'gzip' ? gunzipSync(page.body) : page.body;
    assert.deepEqual(body, withService, `Accept-Encoding: ${encoding ?? 'none'}`);
  }
  const onlyOne = await get('/polisanmalan/');
  assert.match(onlyOne.body.toString('utf8'), /Ring 114 14/, 'a page with one version is sent as it is');
});
