import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import full from 'libphonenumber-js/metadata.max.json';
import { swedishMetadata } from '../../src/cli/phone-metadata.ts';

test('the checked-in Swedish phone metadata is the installed libphonenumber-js one (run `npm run phone:metadata`)', () => {
  const checkedIn = JSON.parse(readFileSync(new URL('../../src/lib/phone-metadata-se.json', import.meta.url), 'utf8'));
  assert.deepEqual(checkedIn, swedishMetadata(full));
});
