// The steps that finish the site after `astro build`, in the order they run, each saying what it reads and writes.
// They share one walk of the build folder and one pass over its pages (post-build-site.ts).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runPostBuildSteps, type PostBuildStep } from './post-build-site.ts';
import { pagefindStep } from './pagefind.ts';
import { pageTrimStep } from './page-trim.ts';
import { securityHeadersStep } from './security-headers.ts';
import { readabilityStep } from './readability-summary.ts';
import { precompressStep } from './precompress.ts';
import { reviewWarningStep } from './review-warning.ts';
import { serviceVariantsStep } from './service-variants.ts';
import type { SiteSettings } from './site-settings.ts';

/**
/**
 * The order matters. In the pass over the pages, the pages that depend on the feedback service are first split into
 * their two versions; then page-trim rewrites each page (its CSS and CSP hashes), so that every later step sees the
 * page as readers get it; its compression starts at once on Node's thread pool and goes on alongside the steps after
 * the pass. Pagefind reads the trimmed pages and writes only pagefind/, whose files are compressed once it is done.
 * `_headers` lists every file, so it comes after both.
 */
const postBuildSteps = ({ feedbackEndpoint }: Pick<SiteSettings, 'feedbackEndpoint'>): PostBuildStep[] => [
  serviceVariantsStep(feedbackEndpoint),
  pageTrimStep(),
  precompressStep('pages', (file) => !file.startsWith('pagefind/'), { alongside: true }),
  pagefindStep,
  precompressStep('pagefind', (file) => file.startsWith('pagefind/')),
  securityHeadersStep(feedbackEndpoint),
  readabilityStep(),
  reviewWarningStep,
];

/** Runs the steps after the build, and logs how long each took. */
export default function postBuildIntegration(
  settings: SiteSettings,
  steps: () => PostBuildStep[] = () => postBuildSteps(settings),
): AstroIntegration {
  return {
    name: 'post-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const list = steps();
        const { pass, steps: times } = await runPostBuildSteps(fileURLToPath(dir), list, (step) =>
          logger.fork(step.name),
        );
        const timing = list.map((step) => {
          const { page, run } = times.get(step.name)!;
          const parts = [
            ...(step.page ? [`${page.toFixed(2)} s i genomgången`] : []),
            ...(step.run ? [`${run.toFixed(2)} s${step.alongside ? ' (samtidigt med nästa steg)' : ''}`] : []),
          ];
          return `${step.name} ${parts.join(' + ')}`;
        });
        logger.info(
          `Efterbearbetning klar på ${seconds(started)} s: genomgången av sidorna ${pass.toFixed(2)} s; ${timing.join(', ')}.`,
        );
      },
    },
  };
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);
