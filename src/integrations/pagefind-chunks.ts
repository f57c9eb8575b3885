// Splits Pagefind's word index into chunks after the build, so that a reader's first search loads only part of it.
//
// Why by hand: Pagefind starts a new index chunk only after 20,000 word positions, a constant in its source
// (`chunk_index(word_map, 20000)`, marked "TODO: Parameterize"), not an option. A site of this size stays under it, so
// a reader's first search loaded the whole index to look up a single word (the figures are in docs/performance.md).
//
// The files keep Pagefind's own format (CBOR, gzip, "pagefind_dcd" signature); decoding and encoding them again gives
// the same bytes. Only the list of chunks in the language's metadata changes: for each chunk, the range of search terms
// (`from`–`to`) it answers. Pagefind's engine loads, for each term of a query, the one chunk whose range holds the term,
// and matches every word the term begins ("polis" finds "polisen"). A term and the words it begins share their first
// letter, so chunks are cut only between first letters, and together the ranges cover every possible term.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { brotliOptions } from './precompress.ts';
import { packPagefindFile, PAGEFIND_SIGNATURE, pagefindData, unpackPagefindFile } from './pagefind-files.ts';

/**
 * The most a chunk may weigh with Brotli: what a one-word first search has left of its budget after the engine,
 * Pagefind's script and the search page's own (fetched when the reader first searches), the metadata, four results
 * and the headers (docs/performance.md, "the index in chunks"). The index is cut into as few chunks as allow this:
 * the fewer there are, the fewer later searches need another one.
 */
const MAX_CHUNK_BROTLI_BYTES = 6.8 * 1024;

/** How many times the limit the words of one first letter must weigh alone before no count of chunks is tried (splitWithin). */
const HOPELESS_FACTOR = 4;

/** One word of the index: the word, the pages and places it occurs in, and what else Pagefind stores with it. */
export type PackedWord = [word: string, pages: unknown[], ...rest: unknown[]];
/** One entry of the metadata's chunk list: the range of terms the chunk answers, and the chunk's name. */
type MetaChunk = [from: string, to: string, hash: string];

/** Sorts after every term: the last chunk's range ends here. */
const AFTER_EVERY_TERM = '\u{10FFFF}';

const firstLetter = (word: string) => String.fromCodePoint(word.codePointAt(0) ?? 0);

/** The largest term that sorts before every term starting with `letter`. */
function justBefore(letter: string): string {
  let codePoint = letter.codePointAt(0)! - 1;
  // A lone surrogate cannot be written as UTF-8; nothing sorts between U+D7FF and U+E000 anyway.
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) codePoint = 0xd7ff;
  return String.fromCodePoint(codePoint) + AFTER_EVERY_TERM;
}

/** The index's words, in Pagefind's order, in runs of one first letter (a chunk is cut only between two), with their size. */
function letterGroups(words: PackedWord[]): { groups: PackedWord[][]; sizes: number[] } {
  const groups: PackedWord[][] = [];
  for (const word of words) {
    const group = groups.at(-1);
    if (group && firstLetter(group[0][0]) === firstLetter(word[0])) group.push(word);
    else groups.push([word]);
  }
  return { groups, sizes: groups.map((group) => encode(group).length) };
}

/** Cuts the index's words, in Pagefind's order, into `count` chunks of about equal size, never between two words with the same first letter. */
export function splitWords(
  words: PackedWord[],
  count: number,
  { groups, sizes } = letterGroups(words),
): PackedWord[][] {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const chunks: PackedWord[][] = [[]];
  let size = 0;
  groups.forEach((group, index) => {
    chunks.at(-1)!.push(...group);
    size += sizes[index];
    const isLast = index === groups.length - 1;
    if (!isLast && chunks.length < count && size >= (total * chunks.length) / count) chunks.push([]);
  });
  return chunks;
}

/** A chunk's file as nginx sends it: Pagefind's bytes with Brotli, as precompress.ts writes them. */
function chunkBrotli(chunk: PackedWord[]): Buffer {
  const unpacked = Buffer.concat([PAGEFIND_SIGNATURE, encode([chunk])]);
  return brotliCompressSync(unpacked, brotliOptions(unpacked.length, false));
}

export const chunkBrotliBytes = (chunk: PackedWord[]): number => chunkBrotli(chunk).length;

/** A chunk's name among the chunks of one index: its first word and its length. */
const chunkKey = (chunk: PackedWord[]) => (chunk.length ? `${chunk[0][0]}\u0000${chunk.length}` : '');

/**
 * The fewest chunks none of which weighs more than `maxBrotliBytes` (or one per first letter, if none do). `known`
 * keeps each chunk's Brotli bytes, by chunkKey, for the caller to reuse.
 */
export function splitWithin(
  words: PackedWord[],
  maxBrotliBytes = MAX_CHUNK_BROTLI_BYTES,
  known = new Map<string, Buffer>(),
): PackedWord[][] {
  // Brotli at its highest quality is the cost here. Different counts often cut the same chunk (the cuts fall between
  // first letters), so each chunk is compressed once, and the largest first, as it is the likeliest to be too big.
  const brotliBytes = (chunk: PackedWord[]) => {
    const key = chunkKey(chunk);
    if (!known.has(key)) known.set(key, chunkBrotli(chunk));
    return known.get(key)!.length;
  };
  const fits = (chunk: PackedWord[]) => brotliBytes(chunk) <= maxBrotliBytes;
  // The words of one first letter are always in one chunk. When those of one letter alone weigh several times what a
  // chunk may, no count of chunks fits: a chunk that holds them cannot compress to a fraction of what they do alone.
  // The search below would then try every count, compressing ever smaller chunks around them, until the cuts run
  // out, which is where it ends with one chunk for about each first letter; go there at once (docs/performance.md
  // says what that saves on a large site).
  const letters = letterGroups(words);
  const heaviest = letters.sizes.indexOf(Math.max(...letters.sizes));
  // Brotli never makes a text much larger, so a letter smaller than that in CBOR need not be compressed to know.
  const hopeless =
    letters.sizes[heaviest] > HOPELESS_FACTOR * maxBrotliBytes &&
    brotliBytes(letters.groups[heaviest]) > HOPELESS_FACTOR * maxBrotliBytes;
  for (let count = 1; ; count++) {
    const chunks = splitWords(words, count, letters);
    if (hopeless && chunks.length === count) continue;
    const largestFirst = chunks.map((chunk) => ({ chunk, size: encode(chunk).length })).sort((a, b) => b.size - a.size);
    if (chunks.length < count || largestFirst.every(({ chunk }) => fits(chunk))) return chunks;
  }
}

/** The range of terms each chunk answers: adjacent ranges meet, and together they hold every possible term. */
function chunkRanges(chunks: PackedWord[][]): { from: string; to: string }[] {
  return chunks.map((_, index) => ({
    from: index === 0 ? '' : firstLetter(chunks[index][0][0]),
    to: index === chunks.length - 1 ? AFTER_EVERY_TERM : justBefore(firstLetter(chunks[index + 1][0][0])),
  }));
}

const unknownFormat = (file: string) =>
  new Error(
    `Pagefind skrev ${file} i ett format som src/integrations/pagefind-chunks.ts inte känner igen. Har Pagefind uppdaterats?`,
  );

/** Pagefind's output folder, on disk or in memory: paths are relative to the folder. */
export interface PagefindFolder {
  read(path: string): Promise<Uint8Array>;
  write(path: string, data: Uint8Array | string): Promise<void>;
  remove(path: string): Promise<void>;
}

/** Pagefind's output as files in `dir`. */
const folderOnDisk = (dir: string): PagefindFolder => ({
  read: (path) => readFile(join(dir, path)),
  write: async (path, data) => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), data);
  },
  remove: (path) => rm(join(dir, path)),
});

/** Pagefind's output held in memory (from `getFiles()`), by path. */
export const folderInMemory = (files: Map<string, Uint8Array>): PagefindFolder => ({
  read: async (path) => {
    const data = files.get(path);
    if (!data) throw new Error(`Pagefind skrev inte ${path}.`);
    return data;
  },
  write: async (path, data) => void files.set(path, typeof data === 'string' ? Buffer.from(data) : data),
  remove: async (path) => void files.delete(path),
});

async function unpack(folder: PagefindFolder, file: string): Promise<unknown> {
  const unpacked = unpackPagefindFile(Buffer.from(await folder.read(file)));
  if (!unpacked) throw unknownFormat(file);
  try {
    return decode(pagefindData(unpacked));
  } catch {
    throw unknownFormat(file);
  }
}

const hashOf = (data: Uint8Array, length: number) => createHash('sha256').update(data).digest('hex').slice(0, length);

const isMetaChunk = (value: unknown): value is MetaChunk =>
  Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string');
const isPackedWord = (value: unknown): value is PackedWord =>
  Array.isArray(value) && typeof value[0] === 'string' && value[0] !== '' && Array.isArray(value[1]);

/**
 * Splits every language's index in `pagefindDir` (Pagefind's output folder, on disk or in memory) into chunks of at most `maxBrotliBytes`. New
 * chunk and metadata files get new names, as Pagefind's would, since they are sent as immutable; the old ones go.
 * `brotliCopies` receives, by path, the Brotli bytes the split made of each new chunk file, for precompress to reuse.
 */
export async function splitPagefindIndex(
  pagefindDir: string | PagefindFolder,
  maxBrotliBytes = MAX_CHUNK_BROTLI_BYTES,
  brotliCopies?: Map<string, Buffer>,
): Promise<Record<string, number>> {
  const folder = typeof pagefindDir === 'string' ? folderOnDisk(pagefindDir) : pagefindDir;
  const entryFile = 'pagefind-entry.json';
  const entry = JSON.parse(Buffer.from(await folder.read(entryFile)).toString('utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const chunkCounts: Record<string, number> = {};
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = `pagefind.${info.hash}.pf_meta`;
    const meta = await unpack(folder, metaFile);
    if (!Array.isArray(meta) || !Array.isArray(meta[2]) || !meta[2].every(isMetaChunk)) throw unknownFormat(metaFile);
    const oldChunkFiles = (meta[2] as MetaChunk[]).map(([, , hash]) => `index/${hash}.pf_index`);
    const words: PackedWord[] = [];
    for (const file of oldChunkFiles) {
      const chunk = await unpack(folder, file);
      if (!Array.isArray(chunk) || !Array.isArray(chunk[0]) || !chunk[0].every(isPackedWord)) throw unknownFormat(file);
      words.push(...(chunk[0] as PackedWord[]));
    }
    await Promise.all(oldChunkFiles.map((file) => folder.remove(file)));

    const known = new Map<string, Buffer>();
    const chunks = splitWithin(words, maxBrotliBytes, known);
    const ranges = chunkRanges(chunks);
    meta[2] = await Promise.all(
      chunks.map(async (chunk, index): Promise<MetaChunk> => {
        const data = encode([chunk]);
        const hash = `${language}_${hashOf(data, 7)}`;
        await folder.write(`index/${hash}.pf_index`, packPagefindFile(data));
        const brotli = known.get(chunkKey(chunk));
        if (brotli) brotliCopies?.set(`index/${hash}.pf_index`, brotli);
        return [ranges[index].from, ranges[index].to, hash];
      }),
    );
    const metaData = encode(meta);
    info.hash = `${language}_${hashOf(metaData, 10)}`;
    await folder.remove(metaFile);
    await folder.write(`pagefind.${info.hash}.pf_meta`, packPagefindFile(metaData));
    chunkCounts[language] = chunks.length;
  }
  await folder.write(entryFile, JSON.stringify(entry));
  return chunkCounts;
}
