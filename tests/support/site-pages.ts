// The built pages, read from dist/ so that every page added later is covered by the tests that iterate over them.
import { readdirSync } from 'node:fs';
import { distDir } from './nginx.ts';

/** URL paths of every HTML file in dist/: `/`, `/sok/`, `/404.html` … */
export function builtPagePaths(): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(/[\\/]/).join('/')}`.replace(/\/index\.html$/, '/'))
    .sort();
}

/** The first file in a dist/ folder whose name matches, as a URL path. */
export function builtFile(folder: string, pattern: RegExp): string {
  const name = readdirSync(`${distDir}/${folder}`).find((file) => pattern.test(file));
  if (!name) throw new Error(`Ingen fil i dist/${folder} matchar ${pattern}`);
  return `/${folder}/${name}`;
}
