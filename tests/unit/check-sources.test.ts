// `npm run check:sources` against a local HTTP server only (no test reaches the internet): a page that is fine,
// one that has moved, one that is gone, one that never answers and one whose text has changed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { x } from 'tinyexec';
import { hashTree, projectRoot } from '../support/fixture.ts';
import { checkSources, collectSources, formatSourceReport, visibleText } from '../../src/cli/sources.ts';

// Inside this project's port block (PORT_E2E + 2), so parallel test runs on one machine do not collide.
const port = Number(process.env.PORT_E2E ?? 4330) + 2;
const base = `http://127.0.0.1:${port}`;
let server: Server;

before(async () => {
  server = createServer((request, response) => {
    switch (request.url?.split('?')[0]) {
      case '/ok/':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<html><body><p>Ring stödlinjen på <strong>116&nbsp;006</strong>, alla dagar.</p></body></html>');
        return;
      case '/flyttad/':
        response.writeHead(301, { location: '/ny-adress/' });
        response.end();
        return;
      case '/borta/':
        response.writeHead(404, { 'content-type': 'text/html' });
        response.end('<h1>Sidan finns inte</h1>');
        return;
      case '/andrad/':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<html><body><p>Ring vår nya stödlinje.</p></body></html>');
        return;
      case '/hanger/':
        return; // never answers
      default:
        response.writeHead(500);
        response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const links = `# Fixture: the register of external links, pointing at the local test server.
ok:
  url: ${base}/ok/
  text: En sida som finns
  expect: "116 006"
  source: test
  checked: 2026-11-29
flyttad:
  url: ${base}/flyttad/
  text: En sida som har flyttat
  source: test
  checked: 2026-11-29
borta:
  url: ${base}/borta/
  text: En sida som är borta
  source: test
  checked: 2026-11-29
hanger:
  url: ${base}/hanger/
  text: En sida som aldrig svarar
  source: test
  checked: 2026-11-29
andrad:
  url: ${base}/andrad/
  text: En sida vars text har ändrats
  expect: "116 006"
  source: test
  checked: 2026-11-29
`;

async function runCheck(dir: string, args: string[]): Promise<{ code: number; output: string; ms: number }> {
  const started = Date.now();
  const { exitCode, stdout, stderr } = await x(
    process.execPath,
    [join(projectRoot, 'src/cli/check-sources.ts'), ...args],
    { nodeOptions: { cwd: dir } },
  );
  return { code: exitCode ?? 1, output: stdout + stderr, ms: Date.now() - started };
}

function projectWith(linksYaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'skl-sources-'));
  mkdirSync(join(dir, 'content'));
  // One file an entry, as in content/: the fixture's map is split by its ids.
  mkdirSync(join(dir, 'content/links'));
  for (const [, id, body] of linksYaml.matchAll(/^([a-z]+):\n((?: {2}.*\n)+)/gm)) {
    writeFileSync(join(dir, 'content/links', `${id}.yaml`), body.replace(/^ {2}/gm, ''));
  }
  mkdirSync(join(dir, 'content/phone-numbers'));
  writeFileSync(
    join(dir, 'content/phone-numbers/polisen.yaml'),
    'number: "114 14"\nlabel: Polisen\nsource: test\nchecked: 2026-11-29\n',
  );
  return dir;
}

test('each kind of answer gets its Swedish status, the command exits 1, and no file changes', async () => {
  const dir = projectWith(links);
  try {
    const before = hashTree(dir, ['content']);
    const { code, output, ms } = await runCheck(dir, ['--timeout=3', '--concurrency=2']);
    assert.equal(code, 1, output);
    const row = (url: string) => output.split('\n').find((line) => line.includes(url)) ?? '';
    assert.match(row(`${base}/ok/`), /^OK \(200\) /);
    assert.match(row(`${base}/flyttad/`), /^Flyttad \(301\) .*Ny adress: http:\/\/127\.0\.0\.1:\d+\/ny-adress\//);
    assert.match(row(`${base}/borta/`), /^Borta \(404\) .*Sidan finns inte längre/);
    assert.match(row(`${base}/hanger/`), /^Nås inte .*inget svar inom 3 s/);
    assert.match(row(`${base}/andrad/`), /^Ändrad \(200\) .*Texten ”116 006” finns inte längre på sidan/);
    assert.match(row(`${base}/ok/`), /content\/links\/ok\.yaml/);
    assert.match(output, /^Status +\| Adress/m);
    assert.match(output, /4 av 5 adresser behöver en person\. Ingen fil har ändrats/);
    // Bounded: the hanging page costs one timeout, not the test runner's patience.
    assert.ok(ms < 30_000, `took ${ms} ms`);
    assert.deepEqual(hashTree(dir, ['content']), before, 'check:sources changed a file');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('when every address answers and contains its expected text, the command exits 0', async () => {
  const dir = projectWith(links.split('flyttad:')[0]);
  try {
    const { code, output } = await runCheck(dir, ['--timeout=2']);
    assert.equal(code, 0, output);
    assert.match(output, /Alla 1 adresser svarar och innehåller det som väntas\. Ingen fil har ändrats\./);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('concurrency is bounded: with one at a time, two hanging pages take two timeouts', async () => {
  const targets = ['a', 'b'].map((id) => ({ url: `${base}/hanger/?${id}`, usedBy: [id], expects: [] }));
  const started = Date.now();
  const results = await checkSources(targets, { timeoutMs: 300, concurrency: 1 });
  const elapsed = Date.now() - started;
  assert.deepEqual(
    results.map((result) => result.status.kind),
    ['unreachable', 'unreachable'],
  );
  assert.ok(elapsed >= 550, `one at a time should take two timeouts, took ${elapsed} ms`);
});

test('an address used twice is fetched once; expect without any address is reported, not ignored', () => {
  const { targets, withoutAddress } = collectSources([
    { file: 'content/links/a.yaml', value: { url: `${base}/ok/`, expect: '116 006' } },
    { file: 'content/links/b.yaml', value: { url: `${base}/ok/` } },
    { file: 'content/phone-numbers/brottsofferjouren.yaml', value: { number: '116 006', expect: '116 006' } },
  ]);
  assert.equal(targets.length, 1);
  assert.deepEqual(targets[0].usedBy, ['content/links/a.yaml', 'content/links/b.yaml']);
  assert.deepEqual(targets[0].expects, ['116 006']);
  assert.equal(withoutAddress.length, 1);
  assert.match(formatSourceReport(withoutAddress), /Saknar adress .*ange url eller sourceUrl/);
});

test('expected text is compared as a reader sees it: tags, non-breaking spaces and hyphens do not matter', () => {
  assert.equal(visibleText('<p>Ring 08&#8209;452&nbsp;75&#160;03</p>').trim(), 'Ring 08-452 75 03');
  assert.equal(visibleText('<p>116\u00a0006 &amp; 114\n14</p>').trim(), '116 006 & 114 14');
});
