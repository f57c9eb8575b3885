import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { securityHeaders } from '../../src/server/headers.ts';
import {
  post,
  removeFolder,
  startService,
  storedAnswers,
  tempFolder,
  testPortBase,
  writeFixtureSite,
  type RunningService,
} from '../support/feedback-service.ts';

let dir: string;
let database: string;
let service: RunningService;

before(async () => {
  dir = tempFolder('stores');
  database = join(dir, 'data', 'feedback.sqlite');
  service = await startService({ port: testPortBase + 3, database, siteDir: writeFixtureSite(dir) });
});
after(async () => {
  await service.stop();
  removeFolder(dir);
});

/** The site's headers on every answer; the CSP is the site's with `default-src 'none'` in front. */
function assertSiteHeaders(response: Response) {
  for (const [name, value] of Object.entries(securityHeaders)) {
    if (name === 'Content-Security-Policy')
      assert.match(
        response.headers.get(name)!,
        new RegExp(`^default-src 'none'; style-src 'sha256-[^']+'; ${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      );
    else assert.equal(response.headers.get(name), value, name);
  }
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.equal(response.headers.get('set-cookie'), null);
}

test('a JSON answer is stored and answered with 201 and a Swedish thank-you', async () => {
  const response = await post(service.url, { page: '/polisanmalan/', answer: 'ja' });
  assert.equal(response.status, 201);
  assert.deepEqual(await response.json(), { message: 'Tack för att du hjälper oss!' });
  assertSiteHeaders(response);
  assert.equal(storedAnswers(database).byPage['/polisanmalan/ ja'], 1);
});

test('a form post gets a plain Swedish thank-you page that links back to the page', async () => {
  const response = await post(service.url, 'page=%2Fstod-och-hjalp%2F&answer=nej', {
    type: 'application/x-www-form-urlencoded',
  });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type')!, /^text\/html/);
  const html = await response.text();
  assert.match(html, /<html lang="sv">/);
  assert.match(html, /<h1>Tack för att du hjälper oss!<\/h1>/);
  assert.match(html, /<a href="\/stod-och-hjalp\/">Tillbaka till Stöd och hjälp<\/a>/);
  assertSiteHeaders(response);
  assert.equal(storedAnswers(database).byPage['/stod-och-hjalp/ nej'], 1);
});

test('the database holds one table with the page, the day, the answer and a count: nothing about the reader', async () => {
  const secrets = {
    cookie: 'session=hemlig-kaka-123',
    referer: 'https://hanvisning.example/hemlig-sida',
    'user-agent': 'HemligWebblasare/9.9',
  };
  const response = await post(service.url, { page: '/', answer: 'nej' }, { client: '203.0.113.77', headers: secrets });
  assert.equal(response.status, 201);

  const db = new DatabaseSync(database, { readOnly: true });
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')")
    .all()
    .map((row) => row.name);
  assert.deepEqual(tables, ['answers']);
  const columns = db
    .prepare("SELECT name, type FROM pragma_table_info('answers')")
    .all()
    .map((row) => `${row.name} ${row.type}`);
  assert.deepEqual(columns, ['page TEXT', 'day TEXT', 'answer TEXT', 'count INTEGER']);
  // WITHOUT ROWID: not even SQLite's hidden row number records the order in which answers came.
  assert.throws(() => db.prepare('SELECT rowid FROM answers').all(), /no such column/);
  const days = db
    .prepare('SELECT DISTINCT day FROM answers')
    .all()
    .map((row) => row.day as string);
  for (const day of days) assert.match(day, /^\d{4}-\d{2}-\d{2}$/);
  db.close();

  // Nor is any of it in the file or its write-ahead log, in any form.
  const bytes = [database, `${database}-wal`].map((file) => {
    try {
      return readFileSync(file, 'latin1');
    } catch {
      return '';
    }
  });
  for (const secret of ['203.0.113.77', '127.0.0.1', 'hemlig-kaka', 'hanvisning.example', 'HemligWebblasare']) {
    assert.ok(!bytes.some((text) => text.includes(secret)), `${secret} is in the database file`);
  }
  assert.ok(
    !bytes.some((text) => /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)),
    'a full timestamp is in the database file',
  );
});
