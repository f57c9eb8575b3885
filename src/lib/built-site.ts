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

/** The address a built file is served at: dist/polisanmalan/index.html is /polisanmalan/. */
export function addressOf(file: string, dir: string): string {
  const rel = relative(dir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** Every page of a build (each index.html; the 404 page has no address of its own), sorted by address. */
export function builtPages(dir: string): { path: string; file: string }[] {
  return builtFiles(dir)
    .filter((file) => file.endsWith(`${sep}index.html`))
    .map((file) => ({ path: addressOf(file, dir), file }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
