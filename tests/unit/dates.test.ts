import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSwedishDate, isoDate } from '../../src/lib/dates.ts';

test('dates read in Swedish, as the seed wrote its publication date', () => {
  assert.equal(formatSwedishDate(new Date('2018-12-07')), '7 december 2018');
});

test('machine-readable dates are ISO days whatever the time zone', () => {
  assert.equal(isoDate(new Date('2018-12-07')), '2018-12-07');
});
