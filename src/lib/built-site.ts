// The built site as files: the one walker over a build folder, for the build's own steps, the feedback service,
// the link-text check and the tests. Pages are read from the build, never listed by hand.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file of a build, as absolute paths in a stable order; Pagefind's index only when asked. */
export function builtFiles(dir: string, { withPagefind = false } = {}): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => withPagefind || !relative(dir, file).split(sep).includes('pagefind'))
    .sort();
}

/**
 * The address a built file is served at: polisanmalan/index.html is /polisanmalan/, other files keep their path. The
 * file is a path inside the build, or an absolute path inside `dir`.
 */
export function addressOf(file: string, dir?: string): string {
  const path = `/${(dir === undefined ? file : relative(dir, file)).split(/[\\/]/).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every page of a build (each index.html; the 404 page has no address of its own), sorted by address. */
export function builtPages(dir: string): { path: string; file: string }[] {
  return builtFiles(dir)
    .filter((file) => file.endsWith(`${sep}index.html`))
    .map((file) => ({ path: addressOf(file, dir), file }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
