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

/**
 * The order matters: Pagefind indexes the pages as Astro wrote them; page-trim then rewrites each page (its CSS and
 * CSP hashes); the security check and `_headers` see the trimmed pages and Pagefind's files; precompress comes last
 * among the writers, when every file it compresses is final.
 */
export const postBuildSteps: readonly PostBuildStep[] = [
  pagefindStep,
  pageTrimStep,
  securityHeadersStep,
  readabilityStep,
  precompressStep,
  reviewWarningStep,
];

/** Runs the steps in order after the build, and logs how long each took. */
export default function postBuildIntegration(steps: readonly PostBuildStep[] = postBuildSteps): AstroIntegration {
  return {
    name: 'post-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = await readBuiltSite(fileURLToPath(dir));
        const timings = [`läsa dist/ ${seconds(started)} s`];
        for (const step of steps) {
          const stepStarted = performance.now();
          await step.run(site, logger.fork(step.name));
          timings.push(`${step.name} ${seconds(stepStarted)} s`);
        }
        logger.info(`Efterbearbetning klar på ${seconds(started)} s: ${timings.join(', ')}.`);
      },
    },
  };
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);
