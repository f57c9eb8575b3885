// The schemas' own messages, with safeParse: every field error says in Swedish what is wrong and what is expected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSchemas, schemas } from '../../../src/content-pipeline/schemas.ts';
import { pageId } from '../../../src/content-pipeline/parse.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];
const provenance = { source: 'SKL:s sida 7 december 2018', checked: '2018-12-07' };

test('a phone number becomes what the page shows and what it dials', () => {
  const result = schemas.phoneNumbers.parse({ number: '08-452 75 03', label: 'Anna-Lena Pogulis', ...provenance });
  assert.equal(result.number.href, 'tel:+4684527503');
  assert.equal(result.number.display.replace(/\D/g, ''), '084527503');
  assert.deepEqual(messages(schemas.phoneNumbers.safeParse({ number: '08-452', label: 'Polisen', ...provenance })), [
    'Fältet number är inte ett giltigt svenskt telefonnummer. Förväntat: ett nummer som det skrivs i Sverige, till exempel "08-452 75 03", "020-50 50 50" eller "114 14".',
  ]);
  assert.match(
    messages(schemas.phoneNumbers.safeParse({ number: 112, label: 'X', ...provenance }))[0],
    /^Fältet number saknas eller är inte text\. Förväntat: numret inom citattecken/,
  );
});

test('ids into other files are checked only when the pipeline gives the ids that exist', () => {
  const step = { order: 1, title: 'Anmäl', text: 'Ring polisen.', phones: ['polis'] };
  assert.equal(schemas.steps.safeParse(step).success, true);
  const checked = contentSchemas({ phoneNumbers: new Set(['polisen', 'nodnummer']) });
  assert.deepEqual(messages(checked.steps.safeParse(step)), [
    'Fältet phones pekar på "polis", som inte finns i content/phone-numbers/. Förväntat: ett av polisen, nodnummer.',
  ]);
});

test('every wrong value gives a Swedish message with what is expected', () => {
  const wrong: [keyof typeof schemas, unknown][] = [
    [
      'pages',
      { title: 'A', description: 'kort', navOrder: 1.5, published: 'igår', owner: 3, feedback: 'ja', keywords: 'hot' },
    ],
    ['pages', {}],
    [
      'steps',
      {
        order: 0,
        audience: 'alla',
        title: 'A',
        urgent: 'ja',
        text: 1,
        phones: 'polisen',
        points: ['a'],
        pages: [{ path: 'polisanmalan', text: 'X' }],
        links: {},
        card: 'a',
      },
    ],
    [
      'phoneNumbers',
      { number: '', label: '', note: 3, earlierNumberPublished: 'förr', replacedBy: 4, source: '', checked: 'nyss' },
    ],
    ['links', { url: 'http://example.com/', text: '', source: 'x', checked: '2026-13-45' }],
    ['organisations', { name: '', helpsWith: '', phone: 1, email: 'nej', website: 2, ...provenance }],
    ['people', { name: 1, role: '', shortRole: '', organisation: null, phone: [], email: 'a@', ...provenance }],
    ['searchSynonyms', { means: [] }],
    ['searchSynonyms', { means: 'hot' }],
  ];
  for (const [collection, value] of wrong) {
    const found = messages(schemas[collection].safeParse(value));
    assert.ok(found.length > 0, `${collection} accepted ${JSON.stringify(value)}`);
    for (const message of found)
      assert.match(message, /^Fältet \w+ .+\. Förväntat: .+\.$/, `${collection}: ${message}`);
  }
});

test('page ids are made as Astro makes them', () => {
  assert.equal(pageId('polisanmalan.mdx'), 'polisanmalan');
  assert.equal(pageId('index.mdx'), 'index');
  assert.equal(pageId('Om guiden.md'), 'om-guiden');
  assert.equal(pageId('stod/index.mdx'), 'stod');
  assert.equal(pageId('stod/Åtkomst skydd.mdx'), 'stod/åtkomst-skydd');
  assert.equal(pageId('annat.mdx', 'eget-namn'), 'eget-namn');
});
