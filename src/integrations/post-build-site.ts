// The build folder as the post-build steps share it (src/integrations/post-build.ts runs them): one walk lists its
// files, each page is read once and handed from step to step in memory, and a step that writes files adds them to the
// list, so no step walks the folder again.
import type { AstroIntegrationLogger } from 'astro';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { builtFiles } from '../lib/built-site.ts';

/** The build folder as the steps share it. */
export interface BuiltSite {
  /** The build folder, absolute. */
  dir: string;
  /** Every file, relative to `dir` with `/` separators, sorted as the walk found them plus what steps added. */
  files: string[];
  /** Each HTML file's text as the last step left it, by relative path; a step that changes a page writes it too. */
  pages: Map<string, string>;
  /** Brotli copies a step has already made, by relative path: precompress writes them rather than compress again. */
  brotliCopies: Map<string, Buffer>;
}

export interface PostBuildStep {
  name: string;
  /** What the step reads, for a reader of this list. */
  reads: string;
  /** What the step writes, for a reader of this list. */
  writes: string;
  /**
   * The next steps start while this one works (on Node's thread pool), and the build waits for it at the end. Only for
   * a step whose files no later step reads or writes.
   */
  alongside?: boolean;
  run(site: BuiltSite, logger: AstroIntegrationLogger): Promise<void> | void;
}

/** The one walk: every file of the build folder, relative and sorted, and the text of every HTML file. */
export async function readBuiltSite(dir: string): Promise<BuiltSite> {
  const files = builtFiles(dir, { withPagefind: true }).map((file) => relative(dir, file).split(sep).join('/'));
  const pages = new Map<string, string>();
  await forEachLimited(
    files.filter((file) => file.endsWith('.html')),
    async (file) => void pages.set(file, await readFile(join(dir, file), 'utf8')),
  );
  return { dir, files, brotliCopies: new Map(), pages: new Map([...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}

/** How many files a step works on at once: enough to keep every core and the disk busy, never every file at once. */
const FILES_AT_ONCE = 16;

/** Runs `work` on every item, at most `limit` at a time, and waits for all. */
export async function forEachLimited<T>(items: readonly T[], work: (item: T) => Promise<void>, limit = FILES_AT_ONCE): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

