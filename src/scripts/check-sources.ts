// `npm run check:sources`: for editors on a connected machine. Fetches every web address in content/*.yaml and
// prints a Swedish table; exits 1 when an address has moved, is gone, does not answer or no longer contains its
// `expect` text. Reads files only. Options: --timeout=SECONDS (default 10), --concurrency=N (default 4).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSources, collectSources, formatSourceReport, needsPerson } from '../lib/check-sources.ts';

function option(name: string, fallback: number): number {
  const raw = process.argv.slice(2).find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
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
const dataFiles = readdirSync(join(root, 'content'))
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ file: `content/${name}`, text: readFileSync(join(root, 'content', name), 'utf8') }));

const { targets, withoutAddress } = collectSources(dataFiles);
console.log(`Kontrollerar ${targets.length} adresser (högst ${concurrency} åt gången, ${timeoutMs / 1000} s var) …\n`);
const results = [...(await checkSources(targets, { timeoutMs, concurrency })), ...withoutAddress];
console.log(formatSourceReport(results));
if (results.some(needsPerson)) process.exitCode = 1;
