import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  contentSecurityPolicy,
  contentSecurityPolicyFor,
  cspMetaDirectives,
  documentHeaders,
  isImmutablePath,
  responseHeaders,
  scriptSources,
  securityHeaders,
} from '../../src/server/headers.ts';
import { nginxServerBlock, productionServer } from '../../src/server/nginx.ts';
import { brotliStaticModule, nginxTestConfig } from '../support/nginx.ts';
import { addressOf } from '../../src/lib/built-site.ts';
import { staticHostHeaders } from '../../src/server/static-host-headers.ts';

test('the checked-in nginx configuration is the one headers.ts generates (run `npm run nginx:conf`)', () => {
  const checkedIn = readFileSync(new URL('../../src/server/nginx-site.conf', import.meta.url), 'utf8');
  assert.equal(checkedIn, nginxServerBlock(productionServer));
});

test('the CSP allows no unsafe inline code or eval, only Wasm compilation for Pagefind, and forbids framing', () => {
  const meta = [...cspMetaDirectives(), `script-src ${scriptSources.join(' ')}`].join('; ');
  for (const policy of [contentSecurityPolicy, meta])
    assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'|unsafe-hashes|\*/);
  assert.match(meta, /default-src 'self'/);
  assert.deepEqual([...scriptSources], ["'self'", "'wasm-unsafe-eval'"]);
  assert.match(contentSecurityPolicy, /frame-ancestors 'none'/);
  assert.match(contentSecurityPolicy, /object-src 'none'/);
  // A meta element ignores frame-ancestors, so it belongs to the header only.
  assert.ok(cspMetaDirectives().every((directive) => !directive.startsWith('frame-ancestors')));
});

test('answers may leave the site only for an external feedback endpoint (FEEDBACK_ENDPOINT), in connect-src and form-action', () => {
  assert.match(contentSecurityPolicy, /connect-src 'self';/);
  assert.equal(contentSecurityPolicyFor('/api/svar'), contentSecurityPolicy);
  const external = contentSecurityPolicyFor('https://svar.example.org/sidor');
  assert.match(external, /connect-src 'self' https:\/\/svar\.example\.org;/);
  assert.match(external, /form-action 'self' https:\/\/svar\.example\.org;/);
  assert.deepEqual(
    cspMetaDirectives('https://svar.example.org/sidor').filter((directive) => directive.includes('example')),
    ["connect-src 'self' https://svar.example.org", "form-action 'self' https://svar.example.org"],
  );
});

test('nginx with the feedback service sends each page in its version with the service where the build wrote one', () => {
  assert.match(nginxServerBlock(productionServer), /^ {4}index index\.feedback\.html index\.html;$/m);
  assert.match(nginxServerBlock({ ...productionServer, feedbackService: undefined }), /^ {4}index index\.html;$/m);
});

test('hashed files are immutable; pages and Pagefind files with fixed names are not', () => {
  for (const path of [
    '/_astro/PageList.DFYP3utX.css',
    '/pagefind/fragment/sv_31cb943.pf_fragment',
    '/pagefind/index/sv_2efe2ff.pf_index',
    '/pagefind/pagefind.sv_bfa7bd7012.pf_meta',
  ]) {
    assert.ok(isImmutablePath(path), path);
  }
  for (const path of [
    '/',
    '/sok/',
    '/404.html',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/wasm.sv.pagefind',
    '/_astro',
  ]) {
    assert.ok(!isImmutablePath(path), path);
  }
});

test('every response carries nosniff, CORP and HSTS; only documents carry CSP, Permissions-Policy, COOP, X-Frame-Options and Referrer-Policy', () => {
  assert.deepEqual(Object.keys(responseHeaders).sort(), [
    'Cross-Origin-Resource-Policy',
    'Strict-Transport-Security',
    'X-Content-Type-Options',
  ]);
  assert.deepEqual(Object.keys(documentHeaders).sort(), [
    'Content-Security-Policy',
    'Cross-Origin-Opener-Policy',
    'Permissions-Policy',
    'Referrer-Policy',
    'X-Frame-Options',
  ]);
  assert.deepEqual(securityHeaders, { ...responseHeaders, ...documentHeaders });
});

test('nginx sends the document headers on HTML answers only, and the every-response headers in every location', () => {
  const conf = nginxServerBlock(productionServer);
  // The two locations that serve dist/: `location /` and the one for hashed files.
  const locations = [...conf.matchAll(/^ {4}location (?:\/|~ [^\n]+) \{\n([\s\S]*?)^ {4}\}/gm)].map(
    (match) => match[1],
  );
  assert.equal(locations.length, 2);
  for (const location of locations) {
    for (const [name, value] of Object.entries(responseHeaders))
      assert.ok(location.includes(`add_header ${name} "${value}" always;`), name);
    for (const name of Object.keys(documentHeaders)) {
      const variable = new RegExp(`add_header ${name} (\\$\\w+) always;`).exec(location)?.[1];
      assert.ok(variable, `${name} is set from a variable`);
      // The variable is a map on the MIME type: the header's value for text/html, empty (no header) for the rest.
      const map = new RegExp(`map \\$sent_http_content_type \\${variable} \\{\\n([\\s\\S]*?)\\n\\}`).exec(conf)?.[1];
      assert.equal(
        map,
        `    ~^text/html "${documentHeaders[name as keyof typeof documentHeaders]}";\n    default "";`,
        name,
      );
    }
  }
});

test('nginx serves the pre-compressed .br and .gz files, and the test configuration loads the Brotli module', () => {
  const conf = nginxServerBlock(productionServer);
  assert.match(conf, /^ {4}brotli_static on;$/m);
  assert.match(conf, /^ {4}gzip_static on;$/m);
  assert.match(conf, /^ {4}gzip_vary on;$/m);
  const test = nginxTestConfig({ port: 4000, root: '/tmp/dist', prefix: '/tmp/nginx' });
  // load_module is allowed only in the main context, before events and http.
  assert.ok(test.startsWith(`load_module ${brotliStaticModule};\n`));
});

test('_headers sets the every-response headers on all paths, the document headers on pages, and Cache-Control once per path', () => {
  const files = [
    'index.html',
    'index.html.br',
    'sok/index.html',
    'sok/index.html.gz',
    '404.html',
    '_astro/a.B1.js',
    'pagefind/pagefind.js',
    'pagefind/pagefind.js.br',
    'pagefind/fragment/sv_1.pf_fragment',
    'pagefind/pagefind.sv_2.pf_meta',
  ];
  const rules = staticHostHeaders(files.map((file) => addressOf(file)))
    .split('\n\n')
    .slice(1)
    .filter(Boolean)
    .map((rule) => rule.split('\n'));
  const [all, ...rest] = rules;
  assert.equal(all![0], '/*');
  assert.deepEqual(
    all!.slice(1),
    Object.entries(responseHeaders).map(([name, value]) => `  ${name}: ${value}`),
  );
  const paths = rest.map(([path]) => path);
  assert.equal(new Set(paths).size, paths.length);
  assert.ok(
    paths.every((path) => !/\.(br|gz)$/.test(path!)),
    'the pre-compressed copies are for nginx only',
  );
  const headersOf = (path: string) =>
    rest
      .find(([rulePath]) => rulePath === path)
      ?.slice(1)
      .filter(Boolean);
  const documentLines = Object.entries(documentHeaders).map(([name, value]) => `  ${name}: ${value}`);
  assert.deepEqual(headersOf('/_astro/*'), ['  Cache-Control: public, max-age=31536000, immutable']);
  assert.deepEqual(headersOf('/pagefind/pagefind.sv_2.pf_meta'), [
    '  Cache-Control: public, max-age=31536000, immutable',
  ]);
  assert.equal(headersOf('/pagefind/fragment/sv_1.pf_fragment'), undefined, 'covered by the folder rule');
  for (const path of ['/', '/sok/', '/404.html']) {
    assert.deepEqual(headersOf(path), [...documentLines, '  Cache-Control: public, max-age=0, must-revalidate'], path);
  }
  assert.deepEqual(headersOf('/pagefind/pagefind.js'), ['  Cache-Control: public, max-age=0, must-revalidate']);
});
