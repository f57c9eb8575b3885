import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serviceVariants } from '../../src/integrations/service-variants.ts';

const page = [
  '<main><h2>Hjälpte informationen på sidan dig?</h2>',
  '<div data-feedback-service="with" hidden><form action="/api/feedback"><button>Ja</button></form><script type="module">go()</script></div>',
  '<div data-feedback-service="without"><a href="#tack-ja">Ja</a><div id="tack-ja"><p>Tack</p></div></div>',
  '<p>Kakor</p><div data-feedback-service="with" hidden><p>Vi sparar tre uppgifter.</p></div><div data-feedback-service="without"><p>Ingenting sparas.</p></div></main>',
].join('');

test('a page with both versions becomes one without the service and one with it, each keeping every other byte', () => {
  assert.deepEqual(serviceVariants(page), {
    withoutService:
      '<main><h2>Hjälpte informationen på sidan dig?</h2><a href="#tack-ja">Ja</a><div id="tack-ja"><p>Tack</p></div><p>Kakor</p><p>Ingenting sparas.</p></main>',
    withService:
      '<main><h2>Hjälpte informationen på sidan dig?</h2><form action="/api/feedback"><button>Ja</button></form><script type="module">go()</script><p>Kakor</p><p>Vi sparar tre uppgifter.</p></main>',
  });
});

test('a page that does not depend on the feedback service has no second version', () => {
  assert.equal(serviceVariants('<main><div><p>Ring 112</p></div></main>'), undefined);
});

test('a version inside another, or an unknown one, stops the build with a Swedish message', () => {
  assert.throws(
    () => serviceVariants('<div data-feedback-service="with"><div data-feedback-service="without">x</div></div>'),
    /får inte ligga i varandra/,
  );
  assert.throws(() => serviceVariants('<div data-feedback-service="kanske">x</div>'), /bara "with" eller "without"/);
});
