// `npm run review`: lists pages and facts due for a review, and Lättläst or English pages whose Swedish original
// changed after they were reviewed. Always exits 0: it informs, it does not block.
import { readContentFiles } from '../content-pipeline/parse.ts';
import {
  findOutdatedVersions,
  findStale,
  formatOutdatedVersions,
  formatStaleReport,
  maxAgeMonths,
} from '../content-pipeline/review.ts';
import { parseOptions } from '../lib/command-options.ts';

const { values } = parseOptions({ options: { months: { type: 'string' } } }, 'npm run review [-- --months=12]');
const files = readContentFiles();
const months = maxAgeMonths(values.months, process.env);
const now = process.env.REVIEW_TODAY ? new Date(process.env.REVIEW_TODAY) : new Date();
console.log(formatStaleReport(findStale(files.pages, files.data, now, months), now, months));
console.log('');
console.log(formatOutdatedVersions(findOutdatedVersions(files.pages)));
