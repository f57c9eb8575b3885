// Pagefind's file format, for the build steps that read or rewrite its files: gzip of a 12-byte signature followed by
// the data. Pagefind's script checks the signature after unpacking, so it also accepts the unpacked bytes as they
// arrive when the browser has undone a Content-Encoding (the .br copies precompress.ts writes).
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';

const gunzipAsync = promisify(gunzip);
const gzipAsync = promisify(gzip);

export const PAGEFIND_SIGNATURE = Buffer.from('pagefind_dcd', 'latin1');

/** A Pagefind file unpacked, signature included; undefined when it is not gzip or lacks the signature. */
export async function unpackPagefindFile(file: Buffer): Promise<Buffer | undefined> {
  const unpacked = await gunzipAsync(file).catch(() => undefined);
  return unpacked?.subarray(0, PAGEFIND_SIGNATURE.length).equals(PAGEFIND_SIGNATURE) ? unpacked : undefined;
}

/** The data of an unpacked Pagefind file: what follows its signature. */
export const pagefindData = (unpacked: Buffer): Buffer => unpacked.subarray(PAGEFIND_SIGNATURE.length);

/** Data packed as Pagefind writes it. */
export const packPagefindFile = (data: Uint8Array): Promise<Buffer> => gzipAsync(Buffer.concat([PAGEFIND_SIGNATURE, data]), { level: 9 });
