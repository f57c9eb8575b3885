import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addressOf } from '../lib/built-site.ts';
import { staticHostHeaders } from '../server/static-host-headers.ts';
import type { PostBuildStep } from './post-build-site.ts';

/**
 * Writes `_headers` for static hosts after the build (and after Pagefind, so its files are listed). That every page
 * keeps to its CSP is checked where the CSP is written, in page-trim.
 */
export const securityHeadersStep: PostBuildStep = {
  name: 'security-headers',
  reads: 'the list of files',
  writes: '_headers',
  async run(site, logger) {
    const files = site.files.filter((file) => file !== '_headers');
    await writeFile(join(site.dir, '_headers'), staticHostHeaders(files.map((file) => addressOf(file))));
    if (!site.files.includes('_headers')) site.files = [...site.files, '_headers'].sort();
    logger.info(`_headers skriven för ${files.length} filer.`);
  },
};
