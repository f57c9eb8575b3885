import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cardFragment, checkContact, readCardFragment, type CardContact } from '../../src/client/card-link.ts';

const kim: CardContact = {
  name: 'Kim Exempelsson',
  phone: '08-452 75 03',
  phoneHref: 'tel:+4684527503',
  organisation: 'Exempels kommun',
};

test('a typed contact is checked, its number written the Swedish way with a tel: address', () => {
  assert.deepEqual(
    checkContact({ namn: '  Kim   Exempelsson ', telefon: '084527503', organisation: 'Exempels kommun' }),
    { contact: kim },
  );
  const mobile = checkContact({ namn: 'Kim', telefon: '+46 70 123 45 67' });
  assert.ok('contact' in mobile);
  assert.equal(mobile.contact.phone, '070-123 45 67');
  assert.equal(mobile.contact.phoneHref, 'tel:+46701234567');
  assert.equal(mobile.contact.organisation, '');
});

test('each wrong field gets its own Swedish message', () => {
  const result = checkContact({ namn: '', telefon: '112', organisation: '<b>x</b>' });
  assert.ok('problems' in result);
  assert.deepEqual(
    result.problems.map((problem) => problem.field),
    ['namn', 'telefon', 'organisation'],
  );
  assert.equal(result.problems[0].message, 'Skriv ditt namn.');
  assert.match(result.problems[1].message, /svenskt telefonnummer med riktnummer/);
  assert.match(result.problems[2].message, /får bara innehålla bokstäver/);
  const long = checkContact({ namn: 'K'.repeat(61), telefon: '08-452 75 03' });
  assert.ok('problems' in long);
  assert.equal(long.problems[0].message, 'Namnet får vara högst 60 tecken.');
});

test('the link made from a contact reads back as the same contact', () => {
  const fragment = cardFragment({ ...kim, name: 'Åsa Öberg-Ärlig', organisation: 'Partiet (distriktet) & co' });
  assert.match(fragment, /^#namn=.+&telefon=.+&organisation=.+$/);
  assert.deepEqual(readCardFragment(fragment), {
    contact: { ...kim, name: 'Åsa Öberg-Ärlig', organisation: 'Partiet (distriktet) & co' },
    complete: true,
    unusable: [],
  });
  assert.equal(cardFragment({ ...kim, organisation: '' }).includes('organisation'), false);
});

test('an ordinary section fragment is not a card link', () => {
  assert.equal(readCardFragment(''), null);
  assert.equal(readCardFragment('#akutkort-rubrik'), null);
});

test('hostile or broken fragments never fill a field with what failed its check, and never throw', () => {
  const cases: [string, string[]][] = [
    ['#namn=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&telefon=08-452+75+03', ['namnet']],
    ['#namn=Kim&telefon=javascript:alert(1)', ['telefonnumret']],
    ['#namn=javascript%3Aalert(1)&telefon=08-452+75+03', ['namnet']],
    ['#namn=Kim&telefon=08-452+75+03&organisation=%E0%A4%A', ['organisationen']],
    ['#namn=%&telefon=08-452+75+03', ['namnet']],
    ['#namn=Kim&namn=Eve&telefon=08-452+75+03', ['namnet']],
    ['#telefon=08-452+75+03', ['namnet']],
    ['#namn=Kim', ['telefonnumret']],
    [`#namn=${'A'.repeat(5000)}&telefon=08-452+75+03`, []],
    [`#namn=${'A'.repeat(61)}&telefon=08-452+75+03`, ['namnet']],
  ];
  for (const [fragment, unusable] of cases) {
    const reading = readCardFragment(fragment);
    assert.ok(reading, fragment);
    assert.equal(reading.complete, false, fragment);
    assert.deepEqual(reading.unusable, unusable, fragment.slice(0, 80));
    const { phoneHref, ...shown } = reading.contact;
    for (const value of Object.values(shown)) assert.doesNotMatch(value, /[<>:]|javascript/i, fragment);
    if (phoneHref !== undefined) assert.match(phoneHref, /^tel:\+46\d+$/);
  }
});

test('every number the form accepts reads back from its link as the same number and tel: address, without libphonenumber', () => {
  // Reading runs in the page without the numbering plan (card-link-reading.ts): it must read every link the form can
  // make exactly as the form wrote it. Numbers of every length and area code, typed with and without a hyphen.
  let random = 24;
  const next = () => (random = (random * 1103515245 + 12345) % 2 ** 31);
  const typed: string[] = [];
  for (let length = 7; length <= 13; length++) {
    for (let i = 0; i < 400; i++) {
      const digits = `0${Array.from({ length: length - 1 }, () => next() % 10).join('')}`;
      typed.push(digits, `${digits.slice(0, 2 + (next() % 3))}-${digits.slice(2 + (next() % 3))}`);
    }
  }
  let accepted = 0;
  for (const telefon of typed) {
    const checked = checkContact({ namn: 'Kim', telefon });
    if (!('contact' in checked)) continue;
    accepted++;
    assert.deepEqual(
      readCardFragment(cardFragment(checked.contact)),
      { contact: checked.contact, complete: true, unusable: [] },
      telefon,
    );
  }
  assert.ok(accepted > 1000, `only ${accepted} of ${typed.length} typed numbers were valid`);
});
