// `npm run feedback:report [-- --csv]`: reads FEEDBACK_DB (read-only) and prints the report.
import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { readConfig } from './config.ts';
import { formatCsv, formatText, reportRows } from './report.ts';
import { readMonthlyTotals } from './store.ts';

const csv = process.argv.includes('--csv');
const { database } = readConfig();
if (!existsSync(database)) {
  if (csv) process.stdout.write(formatCsv([]));
  else console.log(`Inga svar ännu: databasen ${database} finns inte. Sätt FEEDBACK_DB om svaren finns någon annanstans.`);
  process.exit(0);
}
let db: DatabaseSync;
try {
  db = new DatabaseSync(database, { readOnly: true });
} catch (error) {
  console.error(`Databasen ${database} går inte att öppna: ${(error as Error).message}`);
  process.exit(1);
}
const rows = reportRows(readMonthlyTotals(db));
db.close();
process.stdout.write(csv ? formatCsv(rows) : `Databas: ${database}\n${formatText(rows)}`);
