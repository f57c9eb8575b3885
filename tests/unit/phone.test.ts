import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSwedishPhone, groupSubscriberDigits } from '../../src/lib/phone.ts';

// Displayed numbers are written as people type them (the page keeps them on one line with CSS).
const spaced = (s: string) => s;

test('short emergency and service numbers keep their Swedish grouping and dial without a country code', () => {
  assert.deepEqual(formatSwedishPhone('112'), { display: '112', href: 'tel:112' });
  assert.deepEqual(formatSwedishPhone('114 14'), { display: spaced('114 14'), href: 'tel:11414' });
  assert.deepEqual(formatSwedishPhone('11414'), { display: spaced('114 14'), href: 'tel:11414' });
  assert.deepEqual(formatSwedishPhone('116006'), { display: spaced('116 006'), href: 'tel:116006' });
  assert.deepEqual(formatSwedishPhone('1177'), { display: '1177', href: 'tel:1177' });
});

test('Stockholm numbers are grouped 08-452 75 03 and dial in international form', () => {
  assert.deepEqual(formatSwedishPhone('08-452 75 03'), { display: spaced('08-452 75 03'), href: 'tel:+4684527503' });
  assert.deepEqual(formatSwedishPhone('084527958'), { display: spaced('08-452 79 58'), href: 'tel:+4684527958' });
});

test('the editor’s hyphen decides the area code of 0200 numbers', () => {
  assert.deepEqual(formatSwedishPhone('0200-212019'), { display: spaced('0200-21 20 19'), href: 'tel:+46200212019' });
  assert.deepEqual(formatSwedishPhone('020-50 50 50'), { display: spaced('020-50 50 50'), href: 'tel:+4620505050' });
});

test('numbers that are not valid Swedish numbers are rejected', () => {
  for (const bad of ['', '12', '08-452', '08-452 75 03 99 99', '+1 555 0100', 'ring oss', '113', '08-452 75 O3']) {
    assert.equal(formatSwedishPhone(bad), null, bad);
  }
});

test('subscriber digits are grouped in pairs with a leading three when odd', () => {
  assert.equal(groupSubscriberDigits('4527503'), '452 75 03');
  assert.equal(groupSubscriberDigits('212019'), '21 20 19');
  assert.equal(groupSubscriberDigits('12345678'), '12 34 56 78');
});

test('a displayed number holds only digits, hyphen-minus and plain spaces, so find-in-page and diallers take it', () => {
  for (const input of ['112', '114 14', '116006', '1177', '08-452 75 03', '0200-212019', '020-50 50 50', '084527958']) {
    const { display } = formatSwedishPhone(input)!;
    assert.match(display, /^[0-9][0-9 -]*[0-9]$/, `${input} → ${JSON.stringify(display)}`);
  }
});
