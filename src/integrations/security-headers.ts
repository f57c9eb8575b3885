import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles } from '../lib/built-site.ts';
import { staticHostHeaders, urlPathOf } from '../server/static-host-headers.ts';

/** Inline code that no hash in the CSP can allow: style attributes and event-handler attributes. */
const UNHASHABLE_CODE = /\sstyle=|\son[a-z]+=/i;
const CSP_META = /<meta http-equiv="content-security-policy"/i;

/**
 * Writes `_headers` for static hosts after the build (and after Pagefind, so its files are listed), and fails the
 * build when a page would break its CSP: every page needs Astro's CSP meta element, which carries the hashes of the
 * inline scripts and styles, and no style or event-handler attributes, which no hash can allow.
 */
export default function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outputDir = fileURLToPath(dir);
        const files = builtFiles(outputDir, { withPagefind: true })
          .map((file) => relative(outputDir, file).split(sep).join('/'))
          .filter((file) => file !== '_headers');

        const problems: string[] = [];
        for (const file of files.filter((name) => name.endsWith('.html'))) {
          const html = await readFile(`${outputDir}/${file}`, 'utf8');
          if (!CSP_META.test(html)) problems.push(`${file}: saknar CSP-metaelementet`);
          const inline = UNHASHABLE_CODE.exec(html);
          if (inline) problems.push(`${file}: inbäddad kod (${inline[0].trim()}) blockeras av CSP`);
        }
        if (problems.length) throw new Error(`Sidorna bryter mot säkerhetspolicyn:\n${problems.join('\n')}`);

        await writeFile(`${outputDir}/_headers`, staticHostHeaders(files.map(urlPathOf)));
        logger.info(`_headers skriven för ${files.length} filer.`);
      },
    },
  };
}
