import { addressOf } from '../lib/built-site.ts';
import type { PostBuildStep } from './post-build-site.ts';
import { editionOfPath } from '../i18n/index.ts';
import { LATTLAST_MAX_LIX, lix, mainText, pageText } from '../lib/readability.ts';

/**
 * Prints the LIX of every Swedish page's main text, and of every Lättläst page as a whole (header, main and
 * footer), after the build, so editors see how hard each page reads.
 * It never fails the build; a Lättläst page over 25 gets a warning here and fails `npm test`.
 */
export const readabilityStep: PostBuildStep = {
  name: 'readability',
  reads: 'every page (index.html) but the English ones',
  writes: 'nothing: the LIX of each page in the build log',
  run(site, logger) {
    const pages = [...site.pages]
      .filter(([file]) => file === 'index.html' || file.endsWith('/index.html'))
      .map(([file, html]) => ({ path: addressOf(file), html }))
      .filter((page) => editionOfPath(page.path) !== 'en')
      // A Lättläst page is measured as the reader meets it, header, main and footer; the others by their main text.
      .map((page) => ({ path: page.path, ...lix(editionOfPath(page.path) === 'lattlast' ? pageText(page.html) : mainText(page.html)) }))
      // Pages with almost no running text (the search page) say nothing about how hard the guide reads.
      .filter((page) => page.words >= 50)
      .sort((a, b) => a.path.localeCompare(b.path, 'sv'));
    const line = (page: (typeof pages)[number]) => `${page.path} ${Math.round(page.lix)}`;
    const ordinary = pages.filter((page) => editionOfPath(page.path) === 'sv');
    const easy = pages.filter((page) => editionOfPath(page.path) === 'lattlast');
    logger.info(`Läsbarhet (LIX, under 30 är lätt, över 40 svårt): ${ordinary.map(line).join(', ')}.`);
    logger.info(`Lättläst, hela sidan (LIX, högst ${LATTLAST_MAX_LIX}): ${easy.map(line).join(', ')}.`);
    for (const page of easy.filter((candidate) => candidate.lix > LATTLAST_MAX_LIX)) {
      logger.warn(`${page.path} har LIX ${page.lix.toFixed(1)}, över ${LATTLAST_MAX_LIX}: npm test stoppar. Skriv kortare meningar och byt långa ord mot korta.`);
    }
  },
};
