// The build folder as the post-build steps share it (src/integrations/post-build.ts lists them): one walk lists its
// files, and one pass reads each page once and hands it from step to step. A page is let go once every step has seen
// it, so a site of any size never has every page in memory or every file open at once; a step that writes files adds
// them to the list, so no step walks the folder again.
import type { AstroIntegrationLogger } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import pLimit from 'p-limit';
import { builtFiles } from '../lib/built-site.ts';

/** The build folder as the steps share it. */
export interface BuiltSite {
  /** The build folder, absolute. */
  dir: string;
  /** Every file, relative to `dir` with `/` separators, sorted as the walk found them plus what steps added. */
  files: string[];
  /** Brotli copies a step has already made, by relative path: precompress writes them rather than compress again. */
  brotliCopies: Map<string, Buffer>;
  /** Pages a step wrote during the pass (a page's second version, service-variants.ts): the pass takes them up too. */
  pendingPages: string[];
}

export interface PostBuildStep {
  name: string;
  /** What the step reads, for a reader of this list. */
  reads: string;
  /** What the step writes, for a reader of this list. */
  writes: string;
  /**
   * Runs on each HTML page in the one pass over the pages, after the `page` of every earlier step: it gets the page's
   * text as the earlier steps left it, also on disk, and returns the new text when it changes the page.
   */
  page?(file: string, html: string, site: BuiltSite): Promise<string | void> | string | void;
  /** Runs once after the pass over the pages, in the order of the list. */
  run?(site: BuiltSite, logger: AstroIntegrationLogger): Promise<void> | void;
  /**
   * The next steps start while this step's `run` works (on Node's thread pool), and the build waits for it at the end.
   * Only for a step whose files no later step reads or writes.
   */
  alongside?: boolean;
}

/** How many files a step works on at once: enough to keep every core and the disk busy, never every file at once. */
export const FILES_AT_ONCE = 8;

/**
 * Work that starts as items arrive, at most `limit` at a time (`widen` raises it); waiting items are kept by name only.
 * `done()` waits for all and throws the first failure, so one that comes before anyone waits is not lost.
 */
export function workQueue<T>(work: (item: T) => Promise<void>, limit = FILES_AT_ONCE) {
  const run = pLimit(limit);
  const running: Promise<void>[] = [];
  let failure: { error: unknown } | undefined;
  return {
    add(item: T) {
      running.push(run(() => work(item)).catch((error: unknown) => void (failure ??= { error })));
    },
    widen(to: number) {
      run.concurrency = Math.max(run.concurrency, to);
    },
    async done() {
      await Promise.all(running);
      if (failure) throw failure.error;
    },
  };
}

/** The one walk: every file of the build folder, relative and sorted. */
function listBuiltSite(dir: string): BuiltSite {
  const files = builtFiles(dir, { withPagefind: true }).map((file) => relative(dir, file).split(sep).join('/'));
  return { dir, files, brotliCopies: new Map(), pendingPages: [] };
}

/** How long each step took, in seconds: its share of the pass over the pages and its run. */
type StepTimes = Map<string, { page: number; run: number }>;

export interface PostBuildTimes {
  /** The walk and the pass over the pages, in seconds. */
  pass: number;
  steps: StepTimes;
}

/**
 * The one pass: each page is read, handed to the `page` of every step in order, and let go. A page a step changed is
 * written before the next step gets it, so a step may read it from disk (precompress does, later). One page at a time,
 * and read and written at once rather than on Node's thread pool, where compression would keep them waiting: the
 * build has just written the pages, so reading them is quick, and each step's time is then its own.
 */
async function passOverPages(site: BuiltSite, steps: readonly PostBuildStep[], times: StepTimes): Promise<void> {
  const withPage = steps.filter((step) => step.page);
  const pages = site.files.filter((name) => name.endsWith('.html'));
  for (let index = 0; index < pages.length; index++) {
    const file = pages[index];
    let onDisk = readFileSync(join(site.dir, file), 'utf8');
    let html = onDisk;
    for (const step of withPage) {
      if (html !== onDisk) {
        writeFileSync(join(site.dir, file), html);
        onDisk = html;
      }
      const started = performance.now();
      html = (await step.page!(file, html, site)) ?? html;
      times.get(step.name)!.page += (performance.now() - started) / 1000;
    }
    if (html !== onDisk) writeFileSync(join(site.dir, file), html);
    pages.push(...site.pendingPages.splice(0));
  }
}

/** Runs the steps on the build folder `dir`: the pass over the pages, then each step's run in order. */
export async function runPostBuildSteps(
  dir: string,
  steps: readonly PostBuildStep[],
  loggerOf: (step: PostBuildStep) => AstroIntegrationLogger,
): Promise<PostBuildTimes> {
  const started = performance.now();
  const site = listBuiltSite(dir);
  const times: StepTimes = new Map(steps.map((step) => [step.name, { page: 0, run: 0 }]));
  await passOverPages(site, steps, times);
  const pass = (performance.now() - started) / 1000;
  const alongside: Promise<void>[] = [];
  for (const step of steps) {
    if (!step.run) continue;
    const stepStarted = performance.now();
    const done = Promise.resolve(step.run(site, loggerOf(step))).then(
      () => void (times.get(step.name)!.run = (performance.now() - stepStarted) / 1000),
    );
    if (!step.alongside) await done;
    else {
      // Awaited at the end; a failure before then is kept, not reported as unhandled.
      done.catch(() => {});
      alongside.push(done);
    }
  }
  await Promise.all(alongside);
  return { pass, steps: times };
}
