import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { splitPagefindIndex } from './pagefind-chunks.ts';
import { packPagefindFile, pagefindData, unpackPagefindFile } from '../lib/pagefind-files.ts';


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
async function unusedEngines(pagefindDir: string): Promise<string[]> {
  const entry = JSON.parse(await readFile(`${pagefindDir}/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { wasm?: string }> };
  const used = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm}.pagefind`));
  return (await readdir(pagefindDir)).filter((file) => /^wasm\..+\.pagefind$/.test(file) && !used.has(file));
}

/** The metadata of a result the search page shows (search-run.ts): its title. */
export const shownMeta = ['title'] as const;

/**
 * A result's fragment as the search page needs it. Pagefind's fragment carries the page's text (for the excerpt), its
 * metadata and its headings (for sub-results). The search page shows the title and the excerpt only, so the keywords
 * and synonyms (searched in the index, never shown) and the headings go: about 170 bytes with Brotli on each result a
 * reader loads. The file keeps its name: its content still follows from the page's alone.
 */
export async function trimFragment(file: Buffer): Promise<Buffer> {
  const unpacked = await unpackPagefindFile(file);
  if (!unpacked) {
    throw new Error('Pagefind skrev ett fragment i ett okänt format: uppdatera trimFragment i src/integrations/pagefind.ts.');
  }
  const fragment = JSON.parse(pagefindData(unpacked).toString('utf8')) as { meta: Record<string, string>; anchors: unknown[] };
  fragment.meta = Object.fromEntries(Object.entries(fragment.meta).filter(([name]) => (shownMeta as readonly string[]).includes(name)));
  fragment.anchors = [];
  return packPagefindFile(Buffer.from(JSON.stringify(fragment)));
}

/** Indexes the built site with Pagefind so that `astro build` alone yields a searchable site. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outputDir = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind kunde inte starta: ${createErrors.join(', ')}`);
        try {
          const { errors: addErrors, page_count } = await index.addDirectory({ path: outputDir });
          if (addErrors.length) throw new Error(`Pagefind kunde inte indexera: ${addErrors.join(', ')}`);
          const { errors: writeErrors } = await index.writeFiles({ outputPath: `${outputDir}/pagefind` });
          if (writeErrors.length) throw new Error(`Pagefind kunde inte skriva index: ${writeErrors.join(', ')}`);
          const chunkCounts = await splitPagefindIndex(`${outputDir}/pagefind`);
          // The search page has its own interface and runs Pagefind without its web worker (search-run.ts), so
          // Pagefind's ready-made interfaces, the worker and the engines of languages the site has no page in are
          // never fetched: they are not published either.
          const unused = [...unusedFiles, ...(await unusedEngines(`${outputDir}/pagefind`))];
          await Promise.all(unused.map((file) => rm(`${outputDir}/pagefind/${file}`, { force: true })));
          // Pagefind's script comes with whitespace stripped but full names; minified it is 1.8 KB smaller with Brotli,
          // on every reader's first search.
          const script = `${outputDir}/pagefind/pagefind.js`;
          const { code } = await transform(await readFile(script, 'utf8'), { format: 'esm', minify: true });
          await writeFile(script, code);
          const fragments = `${outputDir}/pagefind/fragment`;
          for (const name of await readdir(fragments)) {
            if (name.endsWith('.pf_fragment')) await writeFile(`${fragments}/${name}`, await trimFragment(await readFile(`${fragments}/${name}`)));
          }
          logger.info(`Sökindex klart: ${page_count} sidor, orden delade i ${Object.entries(chunkCounts).map(([language, count]) => `${count} (${language})`).join(' och ')} filer.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
