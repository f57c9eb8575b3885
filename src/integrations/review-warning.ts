import type { AstroIntegration } from 'astro';
import { readContentFiles } from '../content-pipeline/sources.ts';
import { DEFAULT_MAX_AGE_MONTHS, findStale } from '../lib/review.ts';

/** Prints how many pages and facts are due for review; never fails the build. */
export default function reviewWarning(): AstroIntegration {
  return {
    name: 'review-warning',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const { pages, data } = readContentFiles();
        const count = findStale(pages, data, new Date(), DEFAULT_MAX_AGE_MONTHS).length;
        if (count) {
          logger.warn(`${count} sidor och uppgifter har inte granskats på ${DEFAULT_MAX_AGE_MONTHS} månader. Kör npm run review för listan.`);
        }
      },
    },
  };
}
