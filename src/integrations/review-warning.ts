import { readContentFiles } from '../content-pipeline/parse.ts';
import { DEFAULT_MAX_AGE_MONTHS, findOutdatedVersions, findStale } from '../content-pipeline/review.ts';
import type { PostBuildStep } from './post-build-site.ts';

/** Prints how many pages and facts are due for review; never fails the build. */
export const reviewWarningStep: PostBuildStep = {
  name: 'review-warning',
  reads: 'content/ (not dist/)',
  writes: 'nothing: a warning in the build log',
  run(_site, logger) {
    const { pages, data } = readContentFiles();
    const outdated = findOutdatedVersions(pages).length;
    if (outdated) {
      logger.warn(
        `${outdated} lättlästa eller engelska sidor har inte granskats sedan deras svenska original ändrades. Kör npm run review för listan.`,
      );
    }
    const count = findStale(pages, data, new Date(), DEFAULT_MAX_AGE_MONTHS).length;
    if (count) {
      logger.warn(
        `${count} sidor och uppgifter har inte granskats på ${DEFAULT_MAX_AGE_MONTHS} månader. Kör npm run review för listan.`,
      );
    }
  },
};
