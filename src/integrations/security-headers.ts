import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { staticHostHeaders, urlPathOf } from '../server/static-host-headers.ts';

/** An inline script or style element, or a style attribute: anything the hash-free header CSP would block. */
const INLINE_CODE = /<script\b(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle=/i;
const CSP_META = /<meta http-equiv="content-security-policy"/i;

/**
 * Writes `_headers` for static hosts after the build (and after Pagefind, so its files are listed), and fails the
 * build when a page would break under the header CSP: every page needs Astro's CSP meta element and no inline code.
 */
export default function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outputDir = fileURLToPath(dir);
        const files = (await readdir(outputDir, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => `${entry.parentPath}/${entry.name}`.slice(outputDir.length).replace(/^\/+/, ''))
          .filter((file) => file !== '_headers')
          .sort();

        const problems: string[] = [];
        for (const file of files.filter((name) => name.endsWith('.html'))) {
          const html = await readFile(`${outputDir}/${file}`, 'utf8');
          if (!CSP_META.test(html)) problems.push(`${file}: saknar CSP-metaelementet`);
          const inline = INLINE_CODE.exec(html);
          if (inline) problems.push(`${file}: inbäddad kod (${inline[0]}) blockeras av CSP-huvudet`);
        }
        if (problems.length) throw new Error(`Sidorna bryter mot säkerhetspolicyn:\n${problems.join('\n')}`);

        await writeFile(`${outputDir}/_headers`, staticHostHeaders(files.map(urlPathOf)));
        logger.info(`_headers skriven för ${files.length} filer.`);
      },
    },
  };
}
