import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addressOf } from '../lib/built-site.ts';
import { isWithServiceFile } from '../lib/feedback.ts';
import { documentHeadersFor } from '../server/headers.ts';
import { staticHostHeaders } from '../server/static-host-headers.ts';
import type { PostBuildStep } from './post-build-site.ts';

/**
 * Writes `_headers` for static hosts after the build (and after Pagefind, so its files are listed). That every page
 * keeps to its CSP is checked where the CSP is written, in page-trim. A static host runs no feedback service, so it
 * never sends a page's version with the service (isWithServiceFile), and `_headers` leaves those out.
 */
export const securityHeadersStep = (feedbackEndpoint?: string): PostBuildStep => ({
  name: 'security-headers',
  reads: 'the list of files',
  writes: '_headers',
  async run(site, logger) {
    const files = site.files.filter((file) => file !== '_headers' && !isWithServiceFile(file));
    await writeFile(
      join(site.dir, '_headers'),
      staticHostHeaders(
        files.map((file) => addressOf(file)),
        documentHeadersFor(feedbackEndpoint),
      ),
    );
    if (!site.files.includes('_headers')) site.files = [...site.files, '_headers'].sort();
    logger.info(`_headers skriven för ${files.length} filer.`);
  },
});
