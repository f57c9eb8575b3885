// `npm run bench:index` (after a build): what the Swedish search index and its fragments cost with Brotli, and what
// the editors' search words add to them. The built pages are indexed again in a temporary folder, as they are and
// without their `data-pagefind-meta` fields (keywords and synonyms), so the figures come from the same pages; the
// fragments are trimmed and the index split as the build does it (src/integrations/pagefind.ts, pagefind-chunks.ts).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { trimFragment } from '../../src/integrations/pagefind.ts';
import { splitPagefindIndex } from '../../src/integrations/pagefind-chunks.ts';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const KB = 1024;
const brotli = (data: Buffer) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Brotli bytes of the Swedish index chunks and of all Swedish fragments, unpacked from Pagefind's gzip first. */
function swedishSizes(pagefindDir: string): {
  index: number;
  chunks: number;
  largestChunk: number;
  fragments: number;
  pages: number;
} {
  const sized = (folder: string) =>
    readdirSync(join(pagefindDir, folder))
      .filter((file) => file.startsWith('sv_') && !/\.(br|gz)$/.test(file))
      .map((file) => brotli(gunzipSync(readFileSync(join(pagefindDir, folder, file)))));
  const chunks = sized('index');
  const fragments = sized('fragment');
  return {
    index: chunks.reduce((a, b) => a + b, 0),
    chunks: chunks.length,
    largestChunk: Math.max(...chunks),
    fragments: fragments.reduce((a, b) => a + b, 0),
    pages: fragments.length,
  };
}

async function indexCopy(label: string, transform: (html: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), `stod-index-${label}-`));
  try {
    cpSync(dist, dir, {
      recursive: true,
      filter: (source) => !source.includes(`${join(dist, 'pagefind')}`) && !/\.(br|gz)$/.test(source),
    });
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const file = join(entry.parentPath, entry.name);
      writeFileSync(file, transform(readFileSync(file, 'utf8')));
    }
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind did not start');
    await index.addDirectory({ path: dir });
    await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    const fragments = join(dir, 'pagefind', 'fragment');
    for (const name of readdirSync(fragments))
      writeFileSync(join(fragments, name), trimFragment(readFileSync(join(fragments, name))));
    await splitPagefindIndex(join(dir, 'pagefind'));
    return swedishSizes(join(dir, 'pagefind'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  const rows = [
    { label: 'as built (keywords and synonyms)', sizes: await indexCopy('built', (html) => html) },
    {
      label: 'without synonyms',
      sizes: await indexCopy('no-synonyms', (html) => html.replace(/ data-pagefind-meta="synonyms\[content\]"/g, '')),
    },
    {
      label: 'without keywords and synonyms',
      sizes: await indexCopy('no-words', (html) =>
        html.replace(/ data-pagefind-meta="(keywords|synonyms)\[content\]"/g, ''),
      ),
    },
  ];
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
  console.log(
    '| Swedish search index | index (Brotli) | chunks | largest chunk: what a one-word search loads | all fragments (Brotli) | pages |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const { label, sizes } of rows) {
    console.log(
      `| ${label} | ${kb(sizes.index)} | ${sizes.chunks} | ${kb(sizes.largestChunk)} | ${kb(sizes.fragments)} | ${sizes.pages} |`,
    );
  }
} finally {
  await pagefind.close();
}
