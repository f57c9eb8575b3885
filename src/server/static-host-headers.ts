import { cacheControl, immutableFolders, isImmutablePath, securityHeaders } from './headers.ts';

/**
 * The `_headers` file read by Netlify and Cloudflare Pages. Both join the values of a header set by several matching
 * rules, so Cache-Control is given once per path and never on `/*`: hashed folders get a splat rule, every other file
 * and page an exact rule. `urlPaths` are the URL paths of the built files (`/sok/index.html` is listed as `/sok/`).
 */
export function staticHostHeaders(urlPaths: readonly string[]): string {
  const rule = (path: string, headers: Record<string, string>) => [
    path,
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
    '',
  ];
  const inImmutableFolder = (path: string) => immutableFolders.some((folder) => path.startsWith(folder));
  const immutableFiles = urlPaths.filter((path) => isImmutablePath(path) && !inImmutableFolder(path));
  const revalidated = urlPaths.filter((path) => !isImmutablePath(path));

  return [
    '# Generated at build time from src/server/headers.ts.\n',
    ...rule('/*', securityHeaders),
    ...[...immutableFolders.map((folder) => `${folder}*`), ...immutableFiles].flatMap((path) => rule(path, { 'Cache-Control': cacheControl.immutable })),
    ...[...new Set(revalidated)].sort().flatMap((path) => rule(path, { 'Cache-Control': cacheControl.revalidate })),
  ].join('\n');
}

/** `/sok/index.html` -> `/sok/`; other files keep their path. */
export function urlPathOf(file: string): string {
  const path = `/${file.split(/[\\/]/).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
