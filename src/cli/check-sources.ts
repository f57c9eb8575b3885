// `npm run check:sources`: for editors on a connected machine. Fetches every web address in the data entries and
// prints a Swedish table; exits 1 when an address has moved, is gone, does not answer or no longer contains its
// `expect` text. Reads files only. Options: --timeout=SECONDS (default 10), --concurrency=N (default 4).
import { ENTRY_COLLECTIONS } from '../content-pipeline/files.ts';
import { parseDataFiles, readEntryFiles } from '../content-pipeline/parse.ts';
import { checkSources, collectSources, formatSourceReport, needsPerson } from './sources.ts';
import { parseOptions } from '../lib/command-options.ts';

const { values } = parseOptions(
  { options: { timeout: { type: 'string' }, concurrency: { type: 'string' } } },
  'npm run check:sources [-- --timeout=SEKUNDER --concurrency=ANTAL]',
);

function option(name: keyof typeof values, fallback: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`--${name}=${raw} är inget positivt tal. Exempel: --${name}=${fallback}.`);
    process.exit(2);
  }
  return value;
}

const root = process.cwd();
const timeoutMs = option('timeout', 10) * 1000;
const concurrency = Math.floor(option('concurrency', 4));
const entries = ENTRY_COLLECTIONS.flatMap(
  (collection) => parseDataFiles(collection, readEntryFiles(root, collection)).data.entries,
);

const { targets, withoutAddress } = collectSources(entries);
console.log(`Kontrollerar ${targets.length} adresser (högst ${concurrency} åt gången, ${timeoutMs / 1000} s var) …\n`);
const results = [...(await checkSources(targets, { timeoutMs, concurrency })), ...withoutAddress];
console.log(formatSourceReport(results));
if (results.some(needsPerson)) process.exitCode = 1;
