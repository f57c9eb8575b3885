import { addressOf } from '../lib/built-site.ts';
import type { PostBuildStep } from './post-build-site.ts';
import { editionOfPath } from '../i18n/index.ts';
import { LATTLAST_MAX_LIX, lix, mainText, pageText, type Lix } from '../lib/readability.ts';

/**
 * Prints the LIX of every Swedish page's main text, and of every Lättläst page as a whole (header, main and
 * footer), after the build, so editors see how hard each page reads.
 * It never fails the build; a Lättläst page over 25 gets a warning here and fails `npm test`.
 */
export function readabilityStep(): PostBuildStep {
  const pages: ({ path: string } & Lix)[] = [];
  return {
    name: 'readability',
    reads: 'every page (index.html) but the English ones',
    writes: 'nothing: the LIX of each page in the build log',
    page(file, html) {
      if (file !== 'index.html' && !file.endsWith('/index.html')) return;
      const path = addressOf(file);
      const edition = editionOfPath(path);
      if (edition === 'en') return;
      // A Lättläst page is measured as the reader meets it, header, main and footer; the others by their main text.
      const measured = lix(edition === 'lattlast' ? pageText(html) : mainText(html));
      // Pages with almost no running text (the search page) say nothing about how hard the guide reads.
      if (measured.words >= 50) pages.push({ path, ...measured });
    },
    run(_site, logger) {
      pages.sort((a, b) => a.path.localeCompare(b.path, 'sv'));
      const line = (page: (typeof pages)[number]) => `${page.path} ${Math.round(page.lix)}`;
      const ordinary = pages.filter((page) => editionOfPath(page.path) === 'sv');
      const easy = pages.filter((page) => editionOfPath(page.path) === 'lattlast');
      logger.info(`Läsbarhet (LIX, under 30 är lätt, över 40 svårt): ${ordinary.map(line).join(', ')}.`);
      logger.info(`Lättläst, hela sidan (LIX, högst ${LATTLAST_MAX_LIX}): ${easy.map(line).join(', ')}.`);
      for (const page of easy.filter((candidate) => candidate.lix > LATTLAST_MAX_LIX)) {
        logger.warn(
          `${page.path} har LIX ${page.lix.toFixed(1)}, över ${LATTLAST_MAX_LIX}: npm test stoppar. Skriv kortare meningar och byt långa ord mot korta.`,
        );
      }
    },
  };
}
