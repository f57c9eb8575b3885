// Each case: the status, a Swedish message, the site's headers, and not one row or answer more in the database.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
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

const rateLimit = 5;
let dir: string;
let database: string;
let service: RunningService;

before(async () => {
  dir = tempFolder('bad-input');
  database = join(dir, 'feedback.sqlite');
  service = await startService({ port: testPortBase + 4, database, siteDir: writeFixtureSite(dir), rateLimit });
  // One stored answer, so "unchanged" compares against a database that has something in it.
  assert.equal((await post(service.url, { page: '/', answer: 'ja' }, { client: '198.51.100.200' })).status, 201);
});
after(async () => {
  await service.stop();
  removeFolder(dir);
});

let clients = 0;
/** Each case comes from its own reader address (nginx's X-Real-IP), so the rate limit is not what answers it. */
const nextClient = () => `198.51.100.${++clients}`;

async function assertRefused(send: () => Promise<Response>, status: number, message: RegExp) {
  const before = storedAnswers(database);
  const response = await send();
  assert.equal(response.status, status);
  const text = await response.text();
  assert.match(text, message);
  for (const name of Object.keys(securityHeaders)) assert.ok(response.headers.get(name), `${name} on a ${status}`);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.deepEqual(storedAnswers(database), before, 'the database changed');
  return response;
}

const json =
  (body: unknown, type = 'application/json') =>
  () =>
    post(service.url, body, { type, client: nextClient() });

test('an unknown page: 422', async () => {
  await assertRefused(json({ page: '/finns-inte/', answer: 'ja' }), 422, /Sidan finns inte på webbplatsen/);
  await assertRefused(json({ page: 'https://example.org/polisanmalan/', answer: 'ja' }), 422, /Sidan finns inte/);
  // A built page that does not ask the question is no page to answer for either.
  await assertRefused(json({ page: '/sok/', answer: 'ja' }), 422, /Sidan finns inte/);
});

test('an answer other than ja or nej: 422', async () => {
  for (const answer of ['Ja', 'kanske', '', 1, true, null, ['ja']]) {
    await assertRefused(json({ page: '/polisanmalan/', answer }), 422, /Svaret måste vara ja eller nej/);
  }
});

test('extra or missing fields: 422', async () => {
  await assertRefused(
    json({ page: '/polisanmalan/', answer: 'ja', email: 'a@example.org' }),
    422,
    /exakt två fält: page och answer/,
  );
  await assertRefused(json({ page: '/polisanmalan/' }), 422, /exakt två fält/);
  await assertRefused(json([{ page: '/polisanmalan/', answer: 'ja' }]), 422, /ett objekt med fälten page och answer/);
  const form = 'application/x-www-form-urlencoded';
  await assertRefused(json('page=%2Fpolisanmalan%2F&answer=ja&kommentar=hej', form), 422, /exakt två fält/);
  await assertRefused(json('page=%2Fpolisanmalan%2F&answer=ja&answer=nej', form), 422, /exakt två fält/);
});

test('malformed JSON: 400', async () => {
  await assertRefused(json('{"page": "/polisanmalan/", "answer": '), 400, /inte giltig JSON/);
  await assertRefused(json(''), 400, /inte giltig JSON/);
});

test('a wrong content type: 415', async () => {
  for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml']) {
    await assertRefused(json({ page: '/polisanmalan/', answer: 'ja' }, type), 415, /Skicka svaret som JSON/);
  }
  await assertRefused(
    () =>
      fetch(`${service.url}/api/feedback`, {
        method: 'POST',
        body: new Uint8Array([1, 2, 3]),
        headers: { 'x-real-ip': nextClient() },
      }),
    415,
    /Skicka svaret som JSON/,
  );
});

test('a body over 1 KB: 413, with and without a Content-Length', async () => {
  const body = JSON.stringify({ page: '/polisanmalan/', answer: 'ja', padding: 'x'.repeat(1024) });
  await assertRefused(json(body), 413, /för stort/);
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(body));
      controller.close();
    },
  });
  await assertRefused(
    () =>
      fetch(`${service.url}/api/feedback`, {
        method: 'POST',
        body: stream,
        duplex: 'half',
        headers: { 'content-type': 'application/json', 'x-real-ip': nextClient() },
      } as RequestInit),
    413,
    /för stort/,
  );
});

test('GET, PUT and DELETE: 405 with Allow: POST', async () => {
  for (const method of ['GET', 'PUT', 'DELETE']) {
    const response = await assertRefused(
      () =>
        fetch(`${service.url}/api/feedback`, {
          method,
          headers: { 'x-real-ip': nextClient(), 'content-type': 'application/json' },
          body: method === 'GET' ? undefined : '{}',
        }),
      405,
      /Svar skickas med POST/,
    );
    assert.equal(response.headers.get('allow'), 'POST');
  }
});

test('SQL-looking strings are stored as nothing', async () => {
  const attempts = [
    { page: "/polisanmalan/'; DROP TABLE answers; --", answer: 'ja' },
    { page: '/polisanmalan/', answer: "ja'); DELETE FROM answers; --" },
    { page: "/' OR '1'='1", answer: 'nej' },
    { page: '/polisanmalan/', answer: 'ja" OR 1=1 --' },
  ];
  for (const body of attempts) await assertRefused(json(body), 422, /Sidan finns inte|ja eller nej/);
  assert.equal(storedAnswers(database).answers, 1, 'the table and its answer are still there');
});

test(`many answers from one client: 429 after ${rateLimit} a minute, counted for that client only`, async () => {
  const client = '192.0.2.50';
  for (let count = 0; count < rateLimit; count++) {
    assert.equal((await post(service.url, { page: '/stod-och-hjalp/', answer: 'nej' }, { client })).status, 201);
  }
  const response = await assertRefused(
    () => post(service.url, { page: '/stod-och-hjalp/', answer: 'nej' }, { client }),
    429,
    /Vänta en minut/,
  );
  assert.ok(Number(response.headers.get('retry-after')) > 0);
  // Another reader is not held back by the first.
  assert.equal(
    (await post(service.url, { page: '/stod-och-hjalp/', answer: 'nej' }, { client: '192.0.2.51' })).status,
    201,
  );
});

test('a form post that is refused gets a Swedish page that links to the start page', async () => {
  const response = await assertRefused(
    () =>
      post(service.url, 'page=%2Fpolisanmalan%2F&answer=kanske', {
        type: 'application/x-www-form-urlencoded',
        client: nextClient(),
      }),
    422,
    /<h1>Svaret måste vara ja eller nej.<\/h1>/,
  );
  assert.match(response.headers.get('content-type')!, /^text\/html/);
});
