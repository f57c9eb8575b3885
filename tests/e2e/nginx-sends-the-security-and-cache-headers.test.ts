import { test, expect, type APIResponse } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { cacheControl, documentHeaders, responseHeaders, securityHeaders } from '../../src/server/headers.ts';
import { distDir, builtFile } from '../support/dist.ts';

const YEAR = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

function expectSecurityHeaders(response: APIResponse): void {
  const headers = response.headers();
  // The requirements, spelled out so that a change in headers.ts cannot quietly weaken them.
  const csp = headers['content-security-policy'];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toMatch(/'unsafe-eval'/);
  expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) {
    expect(headers['permissions-policy']).toContain(`${feature}=()`);
  }
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  // And every header the single source defines, with exactly its value.
  for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name.toLowerCase()], name).toBe(value);
  expect(headers['server']).toBe('nginx');
}

/** Files other than documents: the every-response headers, none of the page-only ones. */
function expectFileHeaders(response: APIResponse, path: string): void {
  const headers = response.headers();
  for (const [name, value] of Object.entries(responseHeaders))
    expect(headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
  for (const name of Object.keys(documentHeaders))
    expect(headers[name.toLowerCase()], `${path}: ${name}`).toBeUndefined();
}

async function get(request: import('@playwright/test').APIRequestContext, path: string, encoding = 'gzip') {
  return request.get(path, { headers: { 'Accept-Encoding': encoding }, maxRedirects: 0 });
}

test('an HTML page is compressed, revalidated and carries every security header', async ({ request }) => {
  const response = await get(request, '/polisanmalan/');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(response.headers()['content-encoding']).toBe('gzip');
  expect(response.headers()['cache-control']).toBe(REVALIDATE);
  expectSecurityHeaders(response);
});

// Pages inline their CSS and scripts, so the build has no /_astro/ files today; the rule for them is unit-tested in
// tests/unit/security-headers.test.ts, and Pagefind's hashed files below prove the immutable rule in nginx.
test('a static asset with a fixed name, the icon, is revalidated and carries the every-response headers only', async ({
  request,
}) => {
  // Under nginx's 256-byte gzip minimum, so it is sent as it is; compression is proven on pages and Pagefind's files.
  const response = await get(request, '/favicon.svg');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  expect(response.headers()['cache-control']).toBe(REVALIDATE);
  expectFileHeaders(response, '/favicon.svg');
});

test("Pagefind's hashed index, fragments and metadata are immutable for a year", async ({ request }) => {
  for (const path of [
    builtFile('pagefind/index', /\.pf_index$/),
    builtFile('pagefind/fragment', /\.pf_fragment$/),
    builtFile('pagefind', /^pagefind\..+\.pf_meta$/),
  ]) {
    const response = await get(request, path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe(YEAR);
    expect(response.headers()['etag'], path).toBeUndefined();
    expectFileHeaders(response, path);
  }
});

test("Pagefind's fixed-name files are revalidated, and its script is compressed", async ({ request }) => {
  for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.sv.pagefind']) {
    const response = await get(request, path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe(REVALIDATE);
    expectFileHeaders(response, path);
  }
  const script = await get(request, '/pagefind/pagefind.js');
  expect(script.headers()['content-type']).toBe('application/javascript; charset=utf-8');
  expect(script.headers()['content-encoding']).toBe('gzip');
});

test('a missing page answers 404 with the Swedish page and every security header', async ({ request }) => {
  const response = await get(request, '/sidan-finns-inte/');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(response.headers()['cache-control']).toBe(REVALIDATE);
  expectSecurityHeaders(response);
  const html = await response.text();
  expect(html).toContain('<html lang="sv"');
  expect(html).toContain('Sidan finns inte');
});

test('a folder without its trailing slash is redirected with a relative address', async ({ request }) => {
  const response = await get(request, '/sok');
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/sok/');
  expectSecurityHeaders(response);
});

test('the _headers file for static hosts carries the same headers as nginx', () => {
  const file = readFileSync(`${distDir}/_headers`, 'utf8');
  const all = file.split('\n\n').find((rule) => rule.startsWith('/*\n'))! + '\n';
  for (const [name, value] of Object.entries(responseHeaders)) expect(all).toContain(`  ${name}: ${value}\n`);
  for (const name of Object.keys(documentHeaders)) expect(all).not.toContain(`  ${name}:`);
  expect(all).not.toContain('Cache-Control');
  expect(file).toContain(`/_astro/*\n  Cache-Control: ${cacheControl.immutable}\n`);
  const documentLines = Object.entries(documentHeaders)
    .map(([name, value]) => `  ${name}: ${value}\n`)
    .join('');
  expect(file).toContain(`/sok/\n${documentLines}  Cache-Control: ${cacheControl.revalidate}\n`);
  expect(file).toContain(`/404.html\n${documentLines}  Cache-Control: ${cacheControl.revalidate}\n`);
  expect(file).toContain(`/pagefind/pagefind.js\n  Cache-Control: ${cacheControl.revalidate}\n`);
  expect(file).not.toMatch(/\.(br|gz)\n/);
});

test('a browser that accepts Brotli gets the pre-compressed .br file; one that accepts only gzip gets the .gz', async ({
  request,
}) => {
  const html = readFileSync(`${distDir}/polisanmalan/index.html`);
  const brotli = await get(request, '/polisanmalan/', 'gzip, deflate, br');
  expect(brotli.headers()['content-encoding']).toBe('br');
  expect(brotli.headers()['vary']).toBe('Accept-Encoding');
  expect(Number(brotli.headers()['content-length'])).toBe(readFileSync(`${distDir}/polisanmalan/index.html.br`).length);
  // Playwright unpacks the body as a browser does.
  expect(await brotli.body()).toEqual(html);
  expectSecurityHeaders(brotli);

  const gzip = await get(request, '/polisanmalan/', 'gzip');
  expect(gzip.headers()['content-encoding']).toBe('gzip');
  expect(gzip.headers()['vary']).toBe('Accept-Encoding');
  expect(Number(gzip.headers()['content-length'])).toBe(readFileSync(`${distDir}/polisanmalan/index.html.gz`).length);
  expect(await gzip.body()).toEqual(html);

  const script = await get(request, '/pagefind/pagefind.js', 'br');
  expect(script.headers()['content-encoding']).toBe('br');
  expect(script.headers()['content-type']).toBe('application/javascript; charset=utf-8');
});

test("Pagefind's WebAssembly and index go out with Brotli as their unpacked bytes, and as Pagefind's own gzip otherwise", async ({
  request,
}) => {
  for (const path of ['/pagefind/wasm.sv.pagefind', builtFile('pagefind/index', /\.pf_index$/)]) {
    const brotli = await get(request, path, 'br');
    expect(brotli.headers()['content-encoding'], path).toBe('br');
    expect(brotli.headers()['vary'], path).toBe('Accept-Encoding');
    const unpacked = await brotli.body();
    expect(unpacked.subarray(0, 12).toString('latin1'), path).toBe('pagefind_dcd');
    expect(unpacked).toEqual(brotliDecompressSync(readFileSync(`${distDir}${path}.br`)));

    const plain = await get(request, path, 'gzip');
    expect(plain.headers()['content-encoding'], path).toBeUndefined();
    expect((await plain.body()).equals(readFileSync(`${distDir}${path}`)), path).toBe(true);
  }
});

test('Chromium accepts every feature the Permissions-Policy names, and logs nothing about the headers', async ({
  page,
}) => {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  await page.goto('/');
  await page.goto('/sok/');
  expect(
    messages.filter((message) => /Permissions-Policy|Content Security Policy|Unrecognized feature/i.test(message)),
  ).toEqual([]);
});
