// docs/accessibility.md covers every WCAG 2.2 A/AA success criterion, names only tests that exist, and the statement
// built from it says "delvis förenlig" until a person has checked every criterion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { conformance, parseChecklist } from '../../src/collections/accessibility-checklist.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const checklist = parseChecklist(readFileSync(`${root}docs/accessibility.md`, 'utf8'));

// Every level A and AA success criterion of WCAG 2.2 (W3C Recommendation, 5 October 2023), without 4.1.1 Parsing.
const wcag22 = {
  A: '1.1.1 1.2.1 1.2.2 1.2.3 1.3.1 1.3.2 1.3.3 1.4.1 1.4.2 2.1.1 2.1.2 2.1.4 2.2.1 2.2.2 2.3.1 2.4.1 2.4.2 2.4.3 2.4.4 2.5.1 2.5.2 2.5.3 2.5.4 3.1.1 3.2.1 3.2.2 3.2.6 3.3.1 3.3.2 3.3.7 4.1.2',
  AA: '1.2.4 1.2.5 1.3.4 1.3.5 1.4.3 1.4.4 1.4.5 1.4.10 1.4.11 1.4.12 1.4.13 2.4.5 2.4.6 2.4.7 2.4.11 2.5.7 2.5.8 3.1.2 3.2.3 3.2.4 3.3.3 3.3.4 3.3.8 4.1.3',
};

test('the checklist lists every WCAG 2.2 A and AA criterion once, with its level, in order', () => {
  const expected = [...wcag22.A.split(' ').map((n) => `${n} A`), ...wcag22.AA.split(' ').map((n) => `${n} AA`)];
  const byNumber = (a: string, b: string) => a.split(' ')[0].localeCompare(b.split(' ')[0], 'en', { numeric: true });
  assert.deepEqual(
    checklist.criteria.map((c) => `${c.number} ${c.level}`),
    expected.sort(byNumber),
  );
  assert.equal(checklist.criteria.length, 55);
});

test('every test the checklist names exists', () => {
  for (const criterion of checklist.criteria) {
    for (const name of criterion.tests) {
      const candidates = [`${root}tests/e2e/${name}.test.ts`, `${root}${name}`];
      assert.ok(
        candidates.some(existsSync),
        `${criterion.number}: no test "${name}" (looked for ${candidates.join(' and ')})`,
      );
    }
  }
});

test('the statement is "delvis förenlig" while any criterion is unchecked by a person, and only then', () => {
  assert.equal(
    conformance(checklist),
    checklist.criteria.some((c) => !c.checkedByPerson) ? 'delvis förenlig' : 'helt förenlig',
  );
  const allChecked = {
    ...checklist,
    criteria: checklist.criteria.map((c) => ({ ...c, checkedByPerson: '2026-12-01' })),
  };
  assert.equal(conformance(allChecked), 'helt förenlig');
  const oneUnchecked = {
    ...allChecked,
    criteria: allChecked.criteria.map((c, i) => (i === 7 ? { ...c, checkedByPerson: null } : c)),
  };
  assert.equal(conformance(oneUnchecked), 'delvis förenlig');
});

test('a malformed row is refused with the line named', () => {
  assert.throws(
    () => parseChecklist('Last assessed: 2026-11-29\n| 1.1.1 | AAA | x | y | z | manual, not yet done | no |'),
    /line 2: level must be A or AA/,
  );
  assert.throws(
    () => parseChecklist('Last assessed: 2026-11-29\n| 1.1.1 | A | x | y | z | manual, not yet done | yes |'),
    /must be "no" or a date/,
  );
  assert.throws(() => parseChecklist('| 1.1.1 | A | x | y | z | manual | no |'), /Last assessed/);
});
