import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { xSync } from 'tinyexec';
import { SqliteFeedbackStore, type FeedbackAnswer } from '../../src/feedback/store.ts';
import { projectRoot, removeFolder, tempFolder } from '../support/feedback-service.ts';

function report(database: string, ...args: string[]) {
  const result = xSync(process.execPath, ['src/feedback/report-cli.ts', ...args], {
    nodeOptions: { cwd: projectRoot, env: { PATH: process.env.PATH, FEEDBACK_DB: database } },
    inheritEnv: false,
  });
  assert.equal(result.exitCode, 0, result.stderr);
  return result.stdout;
}

async function fill(database: string) {
  const store = new SqliteFeedbackStore(database);
  const add = (page: string, day: string, ja: number, nej: number) =>
    Promise.all([
      ...Array.from({ length: ja }, () => store.add({ page, day, answer: 'ja' } satisfies FeedbackAnswer)),
      ...Array.from({ length: nej }, () => store.add({ page, day, answer: 'nej' } satisfies FeedbackAnswer)),
    ]);
  await add('/polisanmalan/', '2026-10-03', 9, 3); // 75 % of 12
  await add('/polisanmalan/', '2026-11-02', 2, 6); // 25 % of 12, over two days
  await add('/polisanmalan/', '2026-11-28', 1, 3);
  await add('/stod-och-hjalp/', '2026-11-15', 5, 5); // 50 % of 10
  await add('/sakerhetsansvarig/', '2026-11-20', 0, 4); // 0 %, but only 4 answers
  store.close();
}

test('the report lists every page and month worst first, and marks fewer than 10 answers as too few to judge', async () => {
  const dir = tempFolder('report');
  const database = join(dir, 'feedback.sqlite');
  try {
    await fill(database);
    const lines = report(database).split('\n');
    const rows = lines.filter((line) => line.startsWith('/'));
    assert.deepEqual(
      rows.map((line) => line.split(/\s{2,}/)),
      [
        ['/polisanmalan/', '2026-11', '3', '9', '12', '25 %'],
        ['/stod-och-hjalp/', '2026-11', '5', '5', '10', '50 %'],
        ['/polisanmalan/', '2026-10', '9', '3', '12', '75 %'],
        ['/sakerhetsansvarig/', '2026-11', '0', '4', '4', '0 %', 'för få svar för att bedöma'],
      ],
    );
    assert.match(lines.join('\n'), /Sida +Månad +Ja +Nej +Svar +Andel ja +Bedömning/);
  } finally {
    removeFolder(dir);
  }
});

test('--csv gives the same rows as CSV', async () => {
  const dir = tempFolder('report-csv');
  const database = join(dir, 'feedback.sqlite');
  try {
    await fill(database);
    assert.equal(
      report(database, '--csv'),
      [
        'sida,månad,ja,nej,svar,andel_ja,bedömning',
        '/polisanmalan/,2026-11,3,9,12,0.25,',
        '/stod-och-hjalp/,2026-11,5,5,10,0.50,',
        '/polisanmalan/,2026-10,9,3,12,0.75,',
        '/sakerhetsansvarig/,2026-11,0,4,4,0.00,för få svar för att bedöma',
        '',
      ].join('\n'),
    );
  } finally {
    removeFolder(dir);
  }
});

test('without a database the report says so in Swedish and creates nothing', () => {
  const dir = tempFolder('report-none');
  try {
    assert.match(report(join(dir, 'finns-inte.sqlite')), /Inga svar ännu: databasen .*finns-inte\.sqlite finns inte/);
    assert.equal(xSync('ls', [dir]).stdout, '');
  } finally {
    removeFolder(dir);
  }
});
