import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addressOf } from '../lib/built-site.ts';
import { isWithServiceFile } from '../lib/feedback.ts';
import { documentHeadersFor } from '../server/headers.ts';
import { staticHostHeaders } from '../server/static-host-headers.ts';
import { parsePage } from './page-html.ts';
import type { PostBuildStep } from './post-build-site.ts';

/** Why a page would break its CSP, in Swedish for the build's error; empty when it would not. */
export function cspProblems(file: string, html: string): string[] {
  const { csp, unhashable } = parsePage(html);
  const problems: string[] = [];
  if (!csp) problems.push(`${file}: saknar CSP-metaelementet`);
  if (unhashable.length) problems.push(`${file}: inbäddad kod (${unhashable[0]}=) blockeras av CSP`);
  return problems;
}

/**
 * Writes `_headers` for static hosts after the build (and after Pagefind, so its files are listed), and fails the
 * build when a page would break its CSP: every page needs Astro's CSP meta element, which carries the hashes of the
 * inline scripts and styles, and no style or event-handler attributes, which no hash can allow. A static host runs no
 * feedback service, so it never sends a page's version with the service (isWithServiceFile), and `_headers` leaves
 * those out.
 */
export const securityHeadersStep = (feedbackEndpoint?: string): PostBuildStep => ({
  name: 'security-headers',
  reads: 'every HTML page and the list of files',
  writes: '_headers',
  async run(site, logger) {
    const problems = [...site.pages].flatMap(([file, html]) => cspProblems(file, html));
    if (problems.length) throw new Error(`Sidorna bryter mot säkerhetspolicyn:\n${problems.join('\n')}`);
    const files = site.files.filter((file) => file !== '_headers' && !isWithServiceFile(file));
    await writeFile(join(site.dir, '_headers'), staticHostHeaders(files.map((file) => addressOf(file)), documentHeadersFor(feedbackEndpoint)));
    if (!site.files.includes('_headers')) site.files = [...site.files, '_headers'].sort();
    logger.info(`_headers skriven för ${files.length} filer.`);
  },
});
