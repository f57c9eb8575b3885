import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { unpackPagefindFile } from './pagefind-files.ts';
import { FILES_AT_ONCE, workQueue, type BuiltSite, type PostBuildStep } from './post-build-site.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text files worth compressing; images other than SVG are compressed in their own format already. */
export const compressibleFile = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest)$/;
/** Pagefind's index, fragments, metadata and WebAssembly: gzip files that start, once unpacked, with a signature. */
export const pagefindFile = /\.(pagefind|pf_index|pf_fragment|pf_meta|pf_filter)$/;

export const brotliOptions = (size: number, text: boolean) => ({
  params: {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
    [constants.BROTLI_PARAM_SIZE_HINT]: size,
  },
});

/**
 * The files written beside one built file, by extension. A text file gets `.br` (Brotli 11) and `.gz` (gzip 9).
 * A Pagefind file is gzip already, and Pagefind's script checks for its signature before unpacking, so it also
 * accepts the unpacked bytes: those, with Brotli, are the `.br`, smaller than Pagefind's gzip. A copy is
 * kept only when it is smaller than what nginx would otherwise send. `knownBrotli` is a Pagefind file's `.br` already
 * made (by the index split), the same bytes this would make.
 */
export async function compressedCopies(
  file: string,
  content: Buffer,
  knownBrotli?: Buffer,
): Promise<{ br?: Buffer; gz?: Buffer }> {
  if (compressibleFile.test(file)) {
    const [br, gz] = await Promise.all([
      brotli(content, brotliOptions(content.length, true)),
      gzipAsync(content, { level: 9 }),
    ]);
    return { br: br.length < content.length ? br : undefined, gz: gz.length < content.length ? gz : undefined };
  }
  if (pagefindFile.test(file)) {
    const unpacked = unpackPagefindFile(content);
    if (!unpacked) return {};
    const br = knownBrotli ?? (await brotli(unpacked, brotliOptions(unpacked.length, false)));
    return { br: br.length < content.length ? br : undefined };
  }
  return {};
}

/** Writes the copies of one file beside it; returns how many it wrote. */
async function writeCompressedCopies(site: BuiltSite, file: string): Promise<number> {
  const copies = await compressedCopies(file, await readFile(join(site.dir, file)), site.brotliCopies.get(file));
  let written = 0;
  for (const [extension, data] of Object.entries(copies)) {
    if (!data) continue;
    await writeFile(join(site.dir, `${file}.${extension}`), data);
    written += 1;
  }
  return written;
}

/**
 * Writes the `.br` and `.gz` copies beside the files `which` picks, for nginx's brotli_static and gzip_static. A bounded
 * number of files at a time: Node compresses on its thread pool, so a few in flight keep the cores busy, and a site of
 * any size never has every file open at once. A page is compressed as soon as the pass over the pages has left it,
 * read back from disk, so no page waits in memory; the other files follow in `run`.
 */
export function precompressStep(
  name: string,
  which: (file: string) => boolean,
  { alongside = false } = {},
): PostBuildStep {
  const picked = (file: string) =>
    which(file) && (compressibleFile.test(basename(file)) || pagefindFile.test(basename(file)));
  let files = 0;
  let written = 0;
  let queue: ReturnType<typeof workQueue<string>> | undefined;
  const queueFor = (site: BuiltSite) =>
    (queue ??= workQueue(
      async (file: string) => {
        const copies = await writeCompressedCopies(site, file);
        files += 1;
        written += copies;
      },
      // While the pass over the pages goes on, this thread trims them: leave it a core. `run` comes after the pass.
      Math.max(1, availableParallelism() - 1),
    ));
  return {
    name: `precompress ${name}`,
    reads: `the text and Pagefind files among the ${name}`,
    writes: 'a .br and a .gz beside each, where smaller',
    alongside,
    page(file, _html, site) {
      if (picked(file)) queueFor(site).add(file);
    },
    async run(site, logger) {
      const work = queueFor(site);
      work.widen(FILES_AT_ONCE);
      for (const file of site.files) if (!file.endsWith('.html') && picked(file)) work.add(file);
      await work.done();
      logger.info(`${written} förkomprimerade filer (Brotli och gzip) skrivna för ${files} filer.`);
    },
  };
}
