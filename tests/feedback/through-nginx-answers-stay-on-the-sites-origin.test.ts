// The generated nginx configuration in front of the real service: same origin, the site's headers once each, the
// reader's real address for the rate limit (not one the reader sends), and a Swedish 503 when the service is down.
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
import { startNginx, type RunningNginx } from '../support/nginx.ts';

const rateLimit = 3;
let dir: string;
let database: string;
let service: RunningService;
let nginx: RunningNginx;

before(async () => {
  dir = tempFolder('nginx');
  database = join(dir, 'feedback.sqlite');
  const siteDir = writeFixtureSite(dir);
  service = await startService({ port: testPortBase + 6, database, siteDir, rateLimit, serveSite: false });
  nginx = await startNginx({ port: testPortBase + 7, root: siteDir, feedbackService: `127.0.0.1:${testPortBase + 6}` });
});
after(async () => {
  await nginx.stop();
  await service.stop();
  removeFolder(dir);
});

test("an answer through nginx is stored, with the site's headers once each and no cookie", async () => {
  const response = await post(
    nginx.url,
    { page: '/polisanmalan/', answer: 'ja' },
    { headers: { cookie: 'a=b', referer: 'https://example.org/', 'x-forwarded-for': '192.0.2.1' } },
  );
  assert.equal(response.status, 201);
  for (const [name, value] of Object.entries(securityHeaders)) {
    if (name !== 'Content-Security-Policy') assert.equal(response.headers.get(name), value, `${name} once`);
  }
  assert.equal(response.headers.get('content-security-policy')!.match(/frame-ancestors/g)?.length, 1);
  assert.equal(response.headers.get('set-cookie'), null);
  assert.equal(storedAnswers(database).byPage['/polisanmalan/ ja'], 1);
});

test('the rate limit counts the reader nginx sees: an X-Real-IP the reader sends changes nothing', async () => {
  // The first test used one answer of this reader's (127.0.0.1) limit.
  for (let count = 1; count < rateLimit; count++) {
    assert.equal((await post(nginx.url, { page: '/', answer: 'nej' }, { client: `203.0.113.${count}` })).status, 201);
  }
  const response = await post(nginx.url, { page: '/', answer: 'nej' }, { client: '203.0.113.99' });
  assert.equal(response.status, 429);
  assert.match(await response.text(), /Vänta en minut/);
});

test("a body far over the limit is stopped by nginx with a Swedish 413 and the site's headers", async () => {
  const response = await post(nginx.url, 'x'.repeat(20_000));
  assert.equal(response.status, 413);
  assert.match(await response.text(), /Svaret är för stort/);
  assert.equal(response.headers.get('x-frame-options'), 'DENY');
});

test("when the service is down nginx answers 503 in Swedish with the site's headers", async () => {
  await service.stop();
  const response = await post(nginx.url, { page: '/', answer: 'ja' });
  assert.equal(response.status, 503);
  assert.match(response.headers.get('content-type')!, /^text\/plain; charset=utf-8/);
  assert.equal(await response.text(), 'Svaret kunde inte sparas just nu. Försök igen om en stund.\n');
  for (const [name, value] of Object.entries(securityHeaders)) assert.equal(response.headers.get(name), value, name);
  assert.equal(response.headers.get('cache-control'), 'no-store');
});
