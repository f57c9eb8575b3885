import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { builtPages } from '../lib/built-site.ts';
import { fileURLToPath } from 'node:url';
import { editionOfPath } from '../i18n/index.ts';
import { LATTLAST_MAX_LIX, lix, mainText } from '../lib/readability.ts';

/**
 * Prints the LIX of every Swedish page's main text after the build, so editors see how hard each page reads.
 * It never fails the build; a Lättläst page over 25 gets a warning here and fails `npm test`.
 */
export default function readabilitySummary(): AstroIntegration {
  return {
    name: 'readability',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = builtPages(root)
          .filter((page) => editionOfPath(page.path) !== 'en')
          .map((page) => ({ ...page, ...lix(mainText(readFileSync(page.file, 'utf8'))) }))
          // Pages with almost no running text (the search page) say nothing about how hard the guide reads.
          .filter((page) => page.words >= 50)
          .sort((a, b) => a.path.localeCompare(b.path, 'sv'));
        const line = (page: (typeof pages)[number]) => `${page.path} ${Math.round(page.lix)}`;
        const ordinary = pages.filter((page) => editionOfPath(page.path) === 'sv');
        const easy = pages.filter((page) => editionOfPath(page.path) === 'lattlast');
        logger.info(`Läsbarhet (LIX, under 30 är lätt, över 40 svårt): ${ordinary.map(line).join(', ')}.`);
        logger.info(`Lättläst (LIX, högst ${LATTLAST_MAX_LIX}): ${easy.map(line).join(', ')}.`);
        for (const page of easy.filter((candidate) => candidate.lix > LATTLAST_MAX_LIX)) {
          logger.warn(`${page.path} har LIX ${page.lix.toFixed(1)}, över ${LATTLAST_MAX_LIX}: npm test stoppar. Skriv kortare meningar och byt långa ord mot korta.`);
        }
      },
    },
  };
}
