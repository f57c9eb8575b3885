// Pagefind's file format, for the build steps that read or rewrite its files: gzip of a 12-byte signature followed by
// the data. Pagefind's script checks the signature after unpacking, so it also accepts the unpacked bytes as they
// arrive when the browser has undone a Content-Encoding (the .br copies precompress.ts writes).
import { gunzipSync, gzipSync } from 'node:zlib';

// The files are small and the work brief, so it is done at once: on Node's thread pool it would wait behind the pages'
// compression.

export const PAGEFIND_SIGNATURE = Buffer.from('pagefind_dcd', 'latin1');

/** A Pagefind file unpacked, signature included; undefined when it is not gzip or lacks the signature. */
export function unpackPagefindFile(file: Buffer): Buffer | undefined {
  let unpacked: Buffer;
  try {
    unpacked = gunzipSync(file);
  } catch {
    return undefined;
  }
  return unpacked.subarray(0, PAGEFIND_SIGNATURE.length).equals(PAGEFIND_SIGNATURE) ? unpacked : undefined;
}

/** The data of an unpacked Pagefind file: what follows its signature. */
export const pagefindData = (unpacked: Buffer): Buffer => unpacked.subarray(PAGEFIND_SIGNATURE.length);

/** Data packed as Pagefind writes it. */
export const packPagefindFile = (data: Uint8Array): Buffer =>
  gzipSync(Buffer.concat([PAGEFIND_SIGNATURE, data]), { level: 9 });
