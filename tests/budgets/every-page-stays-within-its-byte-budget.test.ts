// Byte budgets for every built page (run after `npm run build`). Readers are on phones on poor connections:
// a page must arrive whole in the first round trip, with no JavaScript before the reader does anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { distDir as dist, distFiles } from '../support/dist.ts';
import {
  budgetExceptions,
  budgetsFor,
  htmlFiles,
  measureFirstVisit,
  scriptRequestsBeforeInteraction,
  sectionLinkScript,
  KB,
  type FirstVisit,
} from './first-visit.ts';
import { compressibleFile, pagefindFile } from '../../src/integrations/precompress.ts';
import { readSiteSettings } from '../../src/integrations/site-settings.ts';

// Pages whose small inline script serves a tool the reader came for (search; the notes' print, download and clear
// buttons; the akutkort's print button and card link). It fetches nothing until the reader acts. Every other page has
// at most one script: the section-link copy (sectionLinkScript), a tiny inline progressive enhancement.
const pagesWithScript = new Set(['/sok/', '/en/search/', '/dokumentera/', '/akutkort/']);
// The address the build put in the pages (canonical links, Open Graph), read as the build reads it.
const origins = [readSiteSettings(process.env).site];

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB (${bytes} bytes)`;

if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` before the budget tests.');
const visits: FirstVisit[] = htmlFiles(dist).map((file) => measureFirstVisit(dist, file, origins));

test('the built site has pages to measure', () => {
  assert.ok(visits.length >= 2, `found ${visits.length} pages in dist/`);
});

test('first visits in both encodings: gzip -9 (the budget) and Brotli 11', (t) => {
  // Printed for the record; the budgets below are on gzip, so a host without Brotli stays within them too.
  for (const visit of visits) {
    t.diagnostic(`${visit.path}: gzip ${kb(visit.totalBytes)}, Brotli ${kb(visit.brotliTotalBytes)}`);
    assert.ok(
      visit.brotliTotalBytes < visit.totalBytes,
      `${visit.path}: Brotli ${visit.brotliTotalBytes} bytes is not below gzip ${visit.totalBytes}`,
    );
  }
});

const builtFiles = distFiles(dist, { withPagefind: true }).map((file) => relative(dist, file));

test('every compressible file of 1 KB or more has a .br and a .gz beside it, which unpack to the file', () => {
  const files = builtFiles.filter((file) => compressibleFile.test(file) && statSync(`${dist}/${file}`).size >= KB);
  assert.ok(
    files.some((file) => file.endsWith('.html')) && files.some((file) => file.endsWith('pagefind.js')),
    files.join(', '),
  );
  for (const file of files) {
    const content = readFileSync(`${dist}/${file}`);
    assert.ok(existsSync(`${dist}/${file}.br`) && existsSync(`${dist}/${file}.gz`), `${file}: .br or .gz missing`);
    assert.deepEqual(brotliDecompressSync(readFileSync(`${dist}/${file}.br`)), content, `${file}.br`);
    assert.deepEqual(gunzipSync(readFileSync(`${dist}/${file}.gz`)), content, `${file}.gz`);
  }
});

test("every Pagefind file has a .br of its unpacked bytes, smaller than Pagefind's own gzip", () => {
  const files = builtFiles.filter((file) => pagefindFile.test(file));
  assert.ok(files.some((file) => file.endsWith('.pf_index')) && files.some((file) => file.endsWith('.pf_fragment')));
  for (const file of files) {
    const gzipped = readFileSync(`${dist}/${file}`);
    assert.ok(existsSync(`${dist}/${file}.br`), `${file}.br missing`);
    const br = readFileSync(`${dist}/${file}.br`);
    assert.deepEqual(brotliDecompressSync(br), gunzipSync(gzipped), `${file}.br`);
    assert.ok(br.length < gzipped.length, `${file}: .br ${br.length} bytes, gzip ${gzipped.length}`);
  }
});

for (const visit of visits) {
  const page = visit.path;
  const budgets = budgetsFor(page);
  const exception = budgetExceptions[page] ? ` (raised for this page: ${budgetExceptions[page].reason})` : '';
  test(`${page} stays within its byte and request budgets`, () => {
    assert.ok(
      visit.htmlBytes <= budgets.htmlBytes,
      `${page}: HTML is ${kb(visit.htmlBytes)} compressed, budget ${kb(budgets.htmlBytes)}${exception}`,
    );
    assert.ok(
      visit.cssBytes <= budgets.cssBytes,
      `${page}: CSS is ${kb(visit.cssBytes)} compressed, budget ${kb(budgets.cssBytes)}`,
    );
    assert.ok(
      visit.totalBytes <= budgets.firstVisitBytes,
      `${page}: first visit is ${kb(visit.totalBytes)} compressed, budget ${kb(budgets.firstVisitBytes)}${exception}`,
    );
    assert.ok(
      visit.requests <= budgets.requests,
      `${page}: first visit makes ${visit.requests} requests, budget ${budgets.requests}`,
    );
  });

  test(`${page} arrives whole in the first round trip`, () => {
    assert.ok(
      visit.totalBytes <= budgets.firstRoundTripBytes,
      `${page}: first visit is ${kb(visit.totalBytes)} compressed, first-round-trip budget ${kb(budgets.firstRoundTripBytes)}${exception}`,
    );
    assert.ok(
      visit.requests <= budgets.firstRoundTripRequests,
      `${page}: first visit makes ${visit.requests} requests, first-round-trip budget ${budgets.firstRoundTripRequests}`,
    );
  });

  test(`${page} loads only same-origin files that exist, and no fonts`, () => {
    for (const resource of visit.resources) {
      assert.ok(resource.url.startsWith('/'), `${page}: loads ${resource.url} from another origin`);
      assert.ok(resource.bytes !== undefined, `${page}: loads ${resource.url}, which is not in dist/`);
      assert.notEqual(resource.kind, 'font', `${page}: loads the font file ${resource.url}`);
    }
    const html = readFileSync(`${dist}${page.endsWith('/') ? `${page}index.html` : page}`, 'utf8');
    assert.doesNotMatch(html, /@font-face/i, `${page}: declares a web font (@font-face)`);
  });

  test(`${page} is at most ${(budgets.brotliBytes / KB).toFixed(1)} KB with Brotli`, () => {
    assert.ok(
      visit.brotliTotalBytes <= budgets.brotliBytes,
      `${page}: first visit is ${kb(visit.brotliTotalBytes)} with Brotli, budget ${kb(budgets.brotliBytes)}${exception}`,
    );
  });

  test(`${page} makes no script request before the reader interacts`, () => {
    const scripts = visit.resources.filter((r) => r.kind === 'js');
    assert.ok(
      scripts.length <= scriptRequestsBeforeInteraction,
      `${page}: loads ${scripts.map((r) => r.url).join(', ')} before interaction, budget ${scriptRequestsBeforeInteraction} script requests`,
    );
    for (const script of visit.inlineScripts) {
      // Only dynamic import() is allowed: Pagefind when the reader searches, the akutkort's form checks when the officer starts.
      assert.doesNotMatch(
        script,
        /(^|[;\s])import\s*[\w{*'"]/,
        `${page}: its inline script imports a module before interaction`,
      );
    }
  });

  if (!pagesWithScript.has(page)) {
    test(`${page} has no JavaScript but the section-link copy`, () => {
      const scripts = visit.resources.filter((r) => r.kind === 'js');
      const others = visit.inlineScripts.filter((script) => !sectionLinkScript.matches(script));
      assert.deepEqual(others, [], `${page}: has inline script(s) besides the section-link copy`);
      assert.ok(
        visit.inlineScripts.length <= 1,
        `${page}: has the section-link copy ${visit.inlineScripts.length} times`,
      );
      assert.equal(scripts.length, 0, `${page}: loads ${scripts.map((r) => r.url).join(', ')}`);
    });
  }

  for (const script of visit.inlineScripts.filter(sectionLinkScript.matches)) {
    test(`${page}: the section-link copy stays under ${sectionLinkScript.maxBytes} bytes minified`, () => {
      const bytes = Buffer.byteLength(script);
      assert.ok(
        bytes <= sectionLinkScript.maxBytes,
        `${page}: the section-link script is ${bytes} bytes, budget ${sectionLinkScript.maxBytes}`,
      );
    });
  }
}
