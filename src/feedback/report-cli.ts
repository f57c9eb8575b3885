// `npm run feedback:report [-- --csv]`: reads FEEDBACK_DB (read-only) and prints the report.
import { existsSync } from 'node:fs';
import { parseOptions } from '../lib/command-options.ts';
import { readConfig } from './config.ts';
import { formatCsv, formatText, reportRows } from './report.ts';
import { SqliteFeedbackStore, type MonthlyTotal } from './store.ts';

const { csv } = parseOptions(
  { options: { csv: { type: 'boolean', default: false } } },
  'npm run feedback:report [-- --csv]',
).values;
const { database } = readConfig();
if (!existsSync(database)) {
  if (csv) process.stdout.write(formatCsv([]));
  else
    console.log(`Inga svar ännu: databasen ${database} finns inte. Sätt FEEDBACK_DB om svaren finns någon annanstans.`);
  process.exit(0);
}
const store = new SqliteFeedbackStore(database, { readOnly: true });
let totals: MonthlyTotal[];
try {
  totals = await store.monthlyTotals();
} catch (error) {
  console.error(`Databasen ${database} går inte att läsa: ${(error as Error).message}`);
  process.exit(1);
} finally {
  store.close();
}
const rows = reportRows(totals);
process.stdout.write(csv ? formatCsv(rows) : `Databas: ${database}\n${formatText(rows)}`);
