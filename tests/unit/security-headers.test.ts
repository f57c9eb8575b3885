import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy, cspMetaDirectives, isImmutablePath, scriptSources, securityHeaders } from '../../src/server/headers.ts';
import { nginxServerBlock, productionServer } from '../../src/server/nginx.ts';
import { staticHostHeaders, urlPathOf } from '../../src/server/static-host-headers.ts';

test('the checked-in nginx configuration is the one headers.ts generates (run `npm run nginx:conf`)', () => {
  const checkedIn = readFileSync(new URL('../../src/server/nginx-site.conf', import.meta.url), 'utf8');
  assert.equal(checkedIn, nginxServerBlock(productionServer));
});

test('the CSP allows no unsafe inline code or eval, only Wasm compilation for Pagefind, and forbids framing', () => {
  const meta = [...cspMetaDirectives, `script-src ${scriptSources.join(' ')}`].join('; ');
  for (const policy of [contentSecurityPolicy, meta]) assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'|unsafe-hashes|\*/);
  assert.match(meta, /default-src 'self'/);
  assert.deepEqual([...scriptSources], ["'self'", "'wasm-unsafe-eval'"]);
  assert.match(contentSecurityPolicy, /frame-ancestors 'none'/);
  assert.match(contentSecurityPolicy, /object-src 'none'/);
  // A meta element ignores frame-ancestors, so it belongs to the header only.
  assert.ok(cspMetaDirectives.every((directive) => !directive.startsWith('frame-ancestors')));
});

test('hashed files are immutable; pages and Pagefind files with fixed names are not', () => {
  for (const path of ['/_astro/PageList.DFYP3utX.css', '/pagefind/fragment/sv_31cb943.pf_fragment', '/pagefind/index/sv_2efe2ff.pf_index', '/pagefind/pagefind.sv_bfa7bd7012.pf_meta']) {
    assert.ok(isImmutablePath(path), path);
  }
  for (const path of ['/', '/sok/', '/404.html', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.sv.pagefind', '/_astro']) {
    assert.ok(!isImmutablePath(path), path);
  }
});

test('_headers sets the security headers once for all paths and Cache-Control once per path', () => {
  const files = ['index.html', 'sok/index.html', '404.html', '_astro/a.B1.js', 'pagefind/pagefind.js', 'pagefind/fragment/sv_1.pf_fragment', 'pagefind/pagefind.sv_2.pf_meta'];
  const rules = staticHostHeaders(files.map(urlPathOf)).split('\n\n').slice(1).filter(Boolean).map((rule) => rule.split('\n'));
  const [all, ...rest] = rules;
  assert.equal(all![0], '/*');
  assert.deepEqual(all!.slice(1), Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`));
  const paths = rest.map(([path]) => path);
  assert.equal(new Set(paths).size, paths.length);
  const cacheOf = (path: string) => rest.find(([rulePath]) => rulePath === path)?.[1];
  assert.equal(cacheOf('/_astro/*'), '  Cache-Control: public, max-age=31536000, immutable');
  assert.equal(cacheOf('/pagefind/pagefind.sv_2.pf_meta'), '  Cache-Control: public, max-age=31536000, immutable');
  assert.equal(cacheOf('/pagefind/fragment/sv_1.pf_fragment'), undefined, 'covered by the folder rule');
  for (const path of ['/', '/sok/', '/404.html', '/pagefind/pagefind.js']) {
    assert.equal(cacheOf(path), '  Cache-Control: public, max-age=0, must-revalidate', path);
  }
});
