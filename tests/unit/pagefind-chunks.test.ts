// The index split (src/integrations/pagefind-chunks.ts) on an index Pagefind itself writes, with a small chunk limit so
// that a few pages give several chunks. That the engine finds what readers type in the split index of the real site is
// tested in the browser (tests/e2e/search-finds-what-readers-type.test.ts).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import {
  chunkBrotliBytes,
  splitPagefindIndex,
  splitWithin,
  splitWords,
  type PackedWord,
} from '../../src/integrations/pagefind-chunks.ts';

const pages = [
  ['/polisanmalan/', 'Anmäl hotet till polisen på 114 14. Polisen utreder anmälan och kan ge dig åtkomstskydd.'],
  ['/stod-och-hjalp/', 'Brottsofferjouren ger stöd. Du kan också ringa 1177 om du mår dåligt eller inte kan sova.'],
  ['/sakerhetsansvarig/', 'Berätta för din säkerhetsansvariga i kommunen, regionen och partiet om det som har hänt.'],
  ['/familj/', 'Din familj och dina närstående kan också få stöd. Barn behöver veta vad som händer.'],
  ['/hot-pa-natet/', 'Spara skärmbilder av hat och hot på nätet. Radera inte meddelanden och byt lösenord.'],
];

/** Small enough that these five short pages give several chunks. */
const LIMIT = 200;
const unpack = (file: string): unknown => decode(gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length));
const entryOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
const metaOf = (dir: string) =>
  unpack(join(dir, `pagefind.${entryOf(dir).languages.sv.hash}.pf_meta`)) as [
    string,
    unknown[],
    [string, string, string][],
  ];
const wordsOf = (dir: string, hash: string) => (unpack(join(dir, 'index', `${hash}.pf_index`)) as [PackedWord[]])[0];

let original: string;
let split: string;
let originalWords: PackedWord[];

before(async () => {
  original = mkdtempSync(join(tmpdir(), 'stod-chunks-'));
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  for (const [url, content] of pages) await index.addCustomRecord({ url, content, language: 'sv' });
  await index.writeFiles({ outputPath: original });
  await pagefind.close();
  const meta = metaOf(original);
  assert.equal(meta[2].length, 1, 'Pagefind writes a small index as one chunk');
  originalWords = wordsOf(original, meta[2][0][2]);

  split = mkdtempSync(join(tmpdir(), 'stod-chunks-split-'));
  cpSync(original, split, { recursive: true });
  await splitPagefindIndex(split, LIMIT);
});

after(() => {
  rmSync(original, { recursive: true, force: true });
  rmSync(split, { recursive: true, force: true });
});

test('the index is cut into several chunks, each within the limit, which hold every word once and in order', () => {
  const chunks = metaOf(split)[2];
  assert.ok(chunks.length >= 4, `${chunks.length} chunk(s)`);
  const words = chunks.flatMap(([, , hash]) => wordsOf(split, hash));
  assert.deepEqual(words, originalWords);
  for (const [, , hash] of chunks) assert.ok(chunkBrotliBytes(wordsOf(split, hash)) <= LIMIT, hash);
});

test('no first letter is in two chunks, so a term and every word it begins are in one chunk', () => {
  const letters = metaOf(split)[2].map(([, , hash]) => new Set(wordsOf(split, hash).map(([word]) => [...word][0])));
  letters.forEach((set, index) =>
    letters.slice(index + 1).forEach((other) =>
      assert.deepEqual(
        [...set].filter((letter) => other.has(letter)),
        [],
      ),
    ),
  );
});

test('for every word, the chunk the engine picks (the first whose range holds it) is the chunk that has it', () => {
  const chunks = metaOf(split)[2];
  // Pagefind's engine compares UTF-8 bytes; for these words that is the same as comparing code points.
  const holds = ([from, to]: [string, string, string], term: string) =>
    Buffer.compare(Buffer.from(term), Buffer.from(from)) >= 0 &&
    Buffer.compare(Buffer.from(term), Buffer.from(to)) <= 0;
  for (const [index, [, , hash]] of chunks.entries()) {
    for (const [word] of wordsOf(split, hash)) {
      assert.equal(
        chunks.findIndex((chunk) => holds(chunk, word)),
        index,
        word,
      );
      // A term the reader has only begun to type, and a longer one, are looked up in the same chunk.
      assert.equal(
        chunks.findIndex((chunk) => holds(chunk, [...word][0])),
        index,
        `${word}: its first letter`,
      );
      assert.equal(
        chunks.findIndex((chunk) => holds(chunk, `${word}zzz`)),
        index,
        `${word}zzz`,
      );
    }
  }
});

test('the metadata and chunks get new names, the entry file points to them and the old files are gone', () => {
  const before = entryOf(original).languages.sv.hash;
  const after = entryOf(split).languages.sv.hash;
  assert.notEqual(after, before);
  assert.ok(!existsSync(join(split, `pagefind.${before}.pf_meta`)));
  assert.ok(existsSync(join(split, `pagefind.${after}.pf_meta`)));
  const files = readdirSync(join(split, 'index')).filter((file) => file.startsWith('sv_'));
  assert.deepEqual(
    files.sort(),
    metaOf(split)[2]
      .map(([, , hash]) => `${hash}.pf_index`)
      .sort(),
  );
});

test('a file in a format it does not know stops the build, naming the file, instead of being guessed at', async () => {
  const broken = mkdtempSync(join(tmpdir(), 'stod-chunks-broken-'));
  try {
    const meta = `pagefind.${entryOf(original).languages.sv.hash}.pf_meta`;
    writeFileSync(join(broken, 'pagefind-entry.json'), readFileSync(join(original, 'pagefind-entry.json')));
    writeFileSync(join(broken, meta), gzipSync(Buffer.from('pagefind_dcd{"not":"cbor arrays"}')));
    await assert.rejects(
      splitPagefindIndex(broken),
      (error: Error) => error.message.includes(meta) && /format/.test(error.message),
    );
  } finally {
    rmSync(broken, { recursive: true, force: true });
  }
});

test('when the words of one letter alone weigh far more than a chunk may, the split ends where trying every count would, compressing that letter only', () => {
  // Page numbers drawn at random do not compress, so the 400 words of "e" weigh several kilobytes with Brotli.
  let seed = 7;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 100000;
  const word = (text: string, pages: number): PackedWord => [
    text,
    Array.from({ length: pages }, () => [Math.floor(random()), [Math.floor(random())]]),
  ];
  const words = [...'abcdefghij'].flatMap((letter) =>
    Array.from({ length: letter === 'e' ? 400 : 3 }, (_, index) =>
      word(`${letter}${String(index).padStart(3, '0')}`, letter === 'e' ? 4 : 1),
    ),
  );
  const limit = 120;
  assert.ok(
    chunkBrotliBytes(words.filter(([text]) => text.startsWith('e'))) > 4 * limit,
    'the letter e alone is far over the limit',
  );
  // What the split did before: try 1, 2, 3 … chunks, until every chunk fits or the cuts run out.
  const tried = (): PackedWord[][] => {
    for (let count = 1; ; count++) {
      const chunks = splitWords(words, count);
      if (chunks.length < count || chunks.every((chunk) => chunkBrotliBytes(chunk) <= limit)) return chunks;
    }
  };
  const known = new Map<string, Buffer>();
  assert.deepEqual(splitWithin(words, limit, known), tried());
  assert.equal(known.size, 1, 'only the letter e was compressed');
});
