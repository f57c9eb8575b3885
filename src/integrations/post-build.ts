// The steps that finish the site after `astro build`, in the order they run, each saying what it reads and writes.
// They share one walk of the build folder (post-build-site.ts).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readBuiltSite, type PostBuildStep } from './post-build-site.ts';
import { pagefindStep } from './pagefind.ts';
import { pageTrimStep } from './page-trim.ts';
import { securityHeadersStep } from './security-headers.ts';
import { readabilityStep } from './readability-summary.ts';
import { precompressStep } from './precompress.ts';
import { reviewWarningStep } from './review-warning.ts';
import { serviceVariantsStep } from './service-variants.ts';
import type { SiteSettings } from './site-settings.ts';

/**
 * The order matters: the pages that depend on the feedback service are split into their two versions first, then
 * page-trim rewrites each page (its CSS and CSP hashes), so that every later step sees the pages as readers get them.
 * Their compression then runs alongside Pagefind, which reads the pages and writes only pagefind/; Pagefind's files are
 * compressed once it is done. `_headers` lists every file, so it comes after both.
 */
const postBuildSteps = ({ feedbackEndpoint }: Pick<SiteSettings, 'feedbackEndpoint'>): readonly PostBuildStep[] => [
  serviceVariantsStep(feedbackEndpoint),
  pageTrimStep,
  precompressStep('pages', (file) => !file.startsWith('pagefind/'), { alongside: true }),
  pagefindStep,
  precompressStep('pagefind', (file) => file.startsWith('pagefind/')),
  securityHeadersStep(feedbackEndpoint),
  readabilityStep,
  reviewWarningStep,
];

/** Runs the steps in order after the build, and logs how long each took. */
export default function postBuildIntegration(settings: SiteSettings, steps = postBuildSteps(settings)): AstroIntegration {
  return {
    name: 'post-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = await readBuiltSite(fileURLToPath(dir));
        const timings = [`läsa dist/ ${seconds(started)} s`];
        const alongside: Promise<void>[] = [];
        for (const step of steps) {
          const stepStarted = performance.now();
          const done = Promise.resolve(step.run(site, logger.fork(step.name))).then(() => {
            timings.push(`${step.name} ${seconds(stepStarted)} s${step.alongside ? ' (alongside)' : ''}`);
          });
          if (step.alongside) alongside.push(done);
          else await done;
        }
        await Promise.all(alongside);
        logger.info(`Efterbearbetning klar på ${seconds(started)} s: ${timings.join(', ')}.`);
      },
    },
  };
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);
