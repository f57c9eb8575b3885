// Reads docs/accessibility.md, the WCAG 2.2 A/AA checklist that the accessibility statement (/tillganglighet/) is built
// from, so the statement cannot say more than the checklist does.

interface Criterion {
  /** "1.4.10" */
  number: string;
  level: 'A' | 'AA';
  name: string;
  nameSv: string;
  how: string;
  /** The test files that check it; empty when it is "manual, not yet done". */
  tests: string[];
  /** The date a person checked it, as YYYY-MM-DD, or null. */
  checkedByPerson: string | null;
}

export interface Checklist {
  criteria: Criterion[];
  /** "Last assessed: YYYY-MM-DD" */
  assessed: Date;
}

const MANUAL = 'manual, not yet done';

/** Parses the checklist; throws naming the line when a row or the date is malformed. */
export function parseChecklist(markdown: string): Checklist {
  const lines = markdown.split('\n');
  const assessedLine = lines.find((line) => line.startsWith('Last assessed: '));
  const assessedText = assessedLine?.slice('Last assessed: '.length).trim() ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(assessedText))
    throw new Error('docs/accessibility.md: "Last assessed: YYYY-MM-DD" is missing or malformed');
  const criteria = lines.flatMap((line, index) => {
    if (!/^\| \d+\.\d+\.\d+ /.test(line)) return [];
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const where = `docs/accessibility.md, line ${index + 1}`;
    if (cells.length !== 7) throw new Error(`${where}: expected 7 cells, found ${cells.length}`);
    const [number, level, name, nameSv, how, tests, person] = cells;
    if (level !== 'A' && level !== 'AA') throw new Error(`${where}: level must be A or AA, not "${level}"`);
    if (!/^(no|\d{4}-\d{2}-\d{2})$/.test(person))
      throw new Error(`${where}: "Checked by a person" must be "no" or a date, not "${person}"`);
    const testNames = tests === MANUAL ? [] : tests.split(',').map((test) => test.trim().replace(/^`|`$/g, ''));
    if (testNames.some((test) => test === '' || test.includes(' ')))
      throw new Error(`${where}: tests must be \`test-names\` or "${MANUAL}"`);
    if (!name || !nameSv || !how) throw new Error(`${where}: name, Swedish name and "how" are required`);
    return [
      {
        number,
        level,
        name,
        nameSv,
        how,
        tests: testNames,
        checkedByPerson: person === 'no' ? null : person,
      } satisfies Criterion,
    ];
  });
  return { criteria, assessed: new Date(`${assessedText}T00:00:00Z`) };
}

/** WCAG's conformance levels in the words of lag (2018:1937): fully only when a person has checked every criterion. */
export function conformance(checklist: Checklist): 'helt förenlig' | 'delvis förenlig' {
  return checklist.criteria.every((criterion) => criterion.checkedByPerson) ? 'helt förenlig' : 'delvis förenlig';
}
