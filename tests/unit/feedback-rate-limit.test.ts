import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RateLimiter } from '../../src/feedback/rate-limit.ts';

test('a reader over the limit is refused until the minute is over, and then forgotten', () => {
  let now = 0;
  const limiter = new RateLimiter({ limit: 2, now: () => now });
  assert.deepEqual(
    [limiter.take('192.0.2.1'), limiter.take('192.0.2.1'), limiter.take('192.0.2.1')],
    [true, true, false],
  );
  assert.equal(limiter.take('192.0.2.2'), true, 'another reader has a limit of its own');
  now = 59_000;
  assert.equal(limiter.secondsLeft(), 1);
  assert.equal(limiter.take('192.0.2.1'), false);
  now = 60_000;
  assert.equal(limiter.take('192.0.2.1'), true);
  assert.equal(limiter.clients, 1, 'the last minute is forgotten');
});

test('memory stays bounded: past maxClients, new readers share one count', () => {
  const limiter = new RateLimiter({ limit: 1, maxClients: 2 });
  assert.equal(limiter.take('a'), true);
  assert.equal(limiter.take('b'), true);
  assert.equal(limiter.take('c'), true);
  assert.equal(limiter.take('d'), false, 'shares the overflow count with c');
  assert.equal(limiter.clients, 3);
});
