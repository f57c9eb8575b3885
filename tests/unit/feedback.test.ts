import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedbackEndpoint, feedbackMailto } from '../../src/lib/feedback.ts';

test('without FEEDBACK_ENDPOINT the widget has no endpoint', () => {
  assert.equal(feedbackEndpoint(''), undefined);
  assert.equal(feedbackEndpoint(undefined), undefined);
});

test('an https address or a path on the site is accepted as endpoint', () => {
  assert.equal(feedbackEndpoint('https://svar.example.org/sidor'), 'https://svar.example.org/sidor');
  assert.equal(feedbackEndpoint('/api/svar'), '/api/svar');
});

test('a plain http address on another machine is refused, so answers are never sent unencrypted', () => {
  assert.throws(() => feedbackEndpoint('http://svar.example.org/'), /https/);
  assert.throws(() => feedbackEndpoint('inte en adress'), /giltig/);
});

test('the prefilled e-mail carries the answer and the page address in its subject', () => {
  const href = feedbackMailto('redaktor@example.org', 'https://example.org/polisanmalan/', 'no');
  const url = new URL(href);
  assert.equal(url.protocol, 'mailto:');
  assert.equal(
    url.searchParams.get('subject'),
    'Hjälpte informationen på sidan dig? Nej – https://example.org/polisanmalan/',
  );
});
