import { test } from 'node:test';
import assert from 'node:assert/strict';
import { xSync } from 'tinyexec';
import {
  findOutdatedVersions,
  findStale,
  formatOutdatedVersions,
  formatStaleReport,
  maxAgeMonths,
} from '../../src/content-pipeline/review.ts';
import type { CheckedFiles } from '../../src/content-pipeline/review.ts';

const data: CheckedFiles = {
  phoneNumbers: [
    { file: 'content/phone-numbers/polisen.yaml', text: 'number: "114 14"\nchecked: 2018-12-07\n' },
    { file: 'content/phone-numbers/ny.yaml', text: 'number: "112"\nchecked: 2026-11-01\n' },
  ],
  links: [],
  organisations: [],
  people: [{ file: 'content/people/greta-berg.yaml', text: 'name: Greta Berg\nchecked: 2025-11-30\n' }],
};
const pages = [
  { file: 'content/pages/gammal.mdx', text: '---\ntitle: Gammal\nreviewed: 2025-01-01\n---\n' },
  { file: 'content/pages/ny.mdx', text: '---\ntitle: Ny\nreviewed: 2026-11-29\n---\n' },
];
const now = new Date('2026-11-29T12:00:00Z');

test('pages and facts older than the maximum age are listed with file and line', () => {
  const stale = findStale(pages, data, now, 12);
  assert.deepEqual(
    stale.map((item) => `${item.file}:${item.line} ${item.kind} ${item.id}`),
    ['content/pages/gammal.mdx:3 sida gammal', 'content/phone-numbers/polisen.yaml:2 telefonnummer polisen'],
  );
  assert.match(
    formatStaleReport(stale, now, 12),
    /^2 sidor och uppgifter har inte granskats eller kontrollerats sedan 2025-11-29/,
  );
});

test('a shorter age lists more', () => {
  assert.equal(findStale(pages, data, now, 6).length, 3);
});

test('the age comes from --months or REVIEW_MAX_AGE_MONTHS, default 12', () => {
  assert.equal(maxAgeMonths(undefined, {}), 12);
  assert.equal(maxAgeMonths(undefined, { REVIEW_MAX_AGE_MONTHS: '6' }), 6);
  assert.equal(maxAgeMonths('3', { REVIEW_MAX_AGE_MONTHS: '6' }), 3);
  assert.throws(() => maxAgeMonths('tolv', {}), /Ogiltig ålder "tolv"/);
});

test('npm run review lists the real stale facts with their files and exits 0', () => {
  const result = xSync(process.execPath, ['src/cli/review.ts', '--months=12'], {
    nodeOptions: { env: { REVIEW_TODAY: '2026-11-29' } },
  });
  assert.equal(result.exitCode, 0);
  assert.match(
    result.stdout,
    /content\/organisations\/brottsoffermyndigheten\.yaml, rad \d+: organisation brottsoffermyndigheten \(Brottsoffermyndigheten\), checked: 2018-12-07/,
  );
  assert.match(
    result.stdout,
    /content\/phone-numbers\/polisen\.yaml, rad \d+: telefonnummer polisen \(114 14\), checked: 2018-12-07/,
  );
});

test('a Lättläst or English page is listed when its Swedish original or a page it is based on changed after its review', () => {
  const files = [
    {
      file: 'content/pages/polisanmalan.mdx',
      text: '---\ntitle: Polisanmälan\nupdated: 2026-12-01\nreviewed: 2026-12-01\n---\n',
    },
    { file: 'content/pages/index.mdx', text: '---\ntitle: Start\nupdated: 2026-11-01\nreviewed: 2026-11-01\n---\n' },
    {
      file: 'content/pages/lattlast/polisanmalan.mdx',
      text: '---\ntitle: Lättläst\noriginal: polisanmalan\nupdated: 2026-11-29\nreviewed: 2026-11-29\n---\n',
    },
    {
      file: 'content/pages/en/index.mdx',
      text: '---\ntitle: English\noriginal: index\nbasedOn: [polisanmalan]\nupdated: 2026-11-29\nreviewed: 2026-11-29\n---\n',
    },
    {
      file: 'content/pages/lattlast/index.mdx',
      text: '---\ntitle: Lättläst start\noriginal: index\nupdated: 2026-11-29\nreviewed: 2026-11-29\n---\n',
    },
  ];
  const outdated = findOutdatedVersions(files);
  assert.deepEqual(
    outdated.map((item) => `${item.file}:${item.line} ${item.changed.map((changed) => changed.id).join(',')}`),
    ['content/pages/lattlast/polisanmalan.mdx:5 polisanmalan', 'content/pages/en/index.mdx:6 polisanmalan'],
  );
  assert.match(
    formatOutdatedVersions(outdated),
    /content\/pages\/lattlast\/polisanmalan\.mdx, rad 5: lattlast\/polisanmalan granskades 2026-11-29, men content\/pages\/polisanmalan\.mdx ändrades 2026-12-01/,
  );
});

test('npm run review stops on an option it does not know, in Swedish with its usage', () => {
  const result = xSync(process.execPath, ['src/cli/review.ts', '--month=6']);
  assert.equal(result.exitCode, 2);
  assert.equal(result.stderr, 'Kommandot förstår inte "--month=6". Skriv så här: npm run review [-- --months=12]\n');
});

test('npm run review lists a version whose original changed after its review', () => {
  const result = xSync(process.execPath, ['src/cli/review.ts'], {
    nodeOptions: { env: { REVIEW_TODAY: '2026-11-29' } },
  });
  assert.equal(result.exitCode, 0);
  assert.match(result.stdout, /Lättläst och engelska sidor|lättlästa eller engelska sidor/);
});
