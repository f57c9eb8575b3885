import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { folderInMemory, splitPagefindIndex } from './pagefind-chunks.ts';
import type { PostBuildStep } from './post-build-site.ts';
import { packPagefindFile, pagefindData, unpackPagefindFile } from './pagefind-files.ts';

const unusedFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

/** Pagefind writes a WebAssembly engine for every language it knows, plus `unknown`; only those its entry file names are ever fetched. */
function unusedEngines(files: Map<string, Uint8Array>): string[] {
  const entry = JSON.parse(Buffer.from(files.get('pagefind-entry.json')!).toString('utf8')) as {
    languages: Record<string, { wasm?: string }>;
  };
  const used = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm}.pagefind`));
  return [...files.keys()].filter((file) => /^wasm\..+\.pagefind$/.test(file) && !used.has(file));
}

/** The metadata of a result the search page shows (search-run.ts): its title. */
const shownMeta = ['title'] as const;

/**
 * A result's fragment as the search page needs it. Pagefind's fragment carries the page's text (for the excerpt), its
 * metadata and its headings (for sub-results). The search page shows the title and the excerpt only, so the keywords
 * and synonyms (searched in the index, never shown) and the headings go, from each result a reader loads. The file
 * keeps its name: its content still follows from the page's alone.
 */
export function trimFragment(file: Buffer): Buffer {
  const unpacked = unpackPagefindFile(file);
  if (!unpacked) {
    throw new Error(
      'Pagefind skrev ett fragment i ett okänt format: uppdatera trimFragment i src/integrations/pagefind.ts.',
    );
  }
  const fragment = JSON.parse(pagefindData(unpacked).toString('utf8')) as {
    meta: Record<string, string>;
    anchors: unknown[];
  };
  fragment.meta = Object.fromEntries(
    Object.entries(fragment.meta).filter(([name]) => (shownMeta as readonly string[]).includes(name)),
  );
  fragment.anchors = [];
  return packPagefindFile(Buffer.from(JSON.stringify(fragment)));
}

/**
 * Indexes the built site with Pagefind so that `astro build` alone yields a searchable site. Pagefind hands its files
 * back in memory; they are split, trimmed and minified there, and written once.
 */
export const pagefindStep: PostBuildStep = {
  name: 'pagefind',
  reads: 'every HTML page, trimmed (Pagefind reads them from dist/ itself)',
  writes: 'pagefind/: the index split into chunks, trimmed fragments, the minified script and the engines in use',
  async run(site, logger) {
    const { index, errors: createErrors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind kunde inte starta: ${createErrors.join(', ')}`);
    try {
      // Pagefind reads the pages itself, in the order the file system lists them: handing it the pages from memory in
      // another order numbers them differently, and the index is no longer the same bytes. It reads each page's
      // index.html, not its version for a server with the feedback service (service-variants.ts), which would be a
      // second result for the same page; the search excerpts are those of index.html.
      const { errors: addErrors, page_count } = await index.addDirectory({
        path: site.dir,
        glob: '{404.html,**/index.html}',
      });
      if (addErrors.length) throw new Error(`Pagefind kunde inte indexera: ${addErrors.join(', ')}`);
      const { errors: getErrors, files: written } = await index.getFiles();
      if (getErrors.length) throw new Error(`Pagefind kunde inte skriva index: ${getErrors.join(', ')}`);
      const files = new Map(written.map(({ path, content }) => [path.split(sep).join('/'), content]));
      const folder = folderInMemory(files);
      const brotliCopies = new Map<string, Buffer>();
      const chunkCounts = await splitPagefindIndex(folder, undefined, brotliCopies);
      for (const [path, brotli] of brotliCopies) site.brotliCopies.set(`pagefind/${path}`, brotli);
      // The search page has its own interface and runs Pagefind without its web worker (search-run.ts), so
      // Pagefind's ready-made interfaces, the worker and the engines of languages the site has no page in are
      // never fetched: they are not published either.
      for (const file of [...unusedFiles, ...unusedEngines(files)]) files.delete(file);
      // Pagefind's script comes with whitespace stripped but full names; minified, every reader's first search is
      // smaller.
      const script = Buffer.from(await folder.read('pagefind.js')).toString('utf8');
      await folder.write('pagefind.js', (await transform(script, { format: 'esm', minify: true })).code);
      for (const [path, content] of files) {
        if (path.endsWith('.pf_fragment')) files.set(path, trimFragment(Buffer.from(content)));
      }
      // Written one at a time and at once, not on Node's thread pool, where the pages' compression would keep them waiting.
      for (const [path, content] of files) {
        mkdirSync(dirname(join(site.dir, 'pagefind', path)), { recursive: true });
        writeFileSync(join(site.dir, 'pagefind', path), content);
      }
      site.files = [...site.files, ...[...files.keys()].map((path) => `pagefind/${path}`)].sort();
      logger.info(
        `Sökindex klart: ${page_count} sidor, orden delade i ${Object.entries(chunkCounts)
          .map(([language, count]) => `${count} (${language})`)
          .join(' och ')} filer.`,
      );
    } finally {
      await pagefind.close();
    }
  },
};
