// Files in the build with hashed names, found in dist/ so that tests and benchmarks need not know the hashes.
// (The list of pages is tests/e2e/support/site-pages.ts.)
import { readdirSync } from 'node:fs';
import { distDir } from './nginx.ts';

/** The first file in a dist/ folder whose name matches, as a URL path. */
export function builtFile(folder: string, pattern: RegExp): string {
  const name = readdirSync(`${distDir}/${folder}`).find((file) => pattern.test(file));
  if (!name) throw new Error(`Ingen fil i dist/${folder} matchar ${pattern}`);
  return `/${folder}/${name}`;
}
