import {
  cacheControl,
  documentHeaders as sameOriginDocumentHeaders,
  immutableFolders,
  isImmutablePath,
  responseHeaders,
} from './headers.ts';

/**
 * The `_headers` file read by Netlify and Cloudflare Pages. Both join the values of a header set by several matching
 * rules, so Cache-Control is given once per path and never on `/*`: hashed folders get a splat rule, every other file
 * and page an exact rule. `urlPaths` are the URL paths of the built files (`/sok/index.html` is listed as `/sok/`).
 * The document headers go on the pages' own rules, as nginx sends them on HTML only. A static host serves its 404
 * page at whatever address was asked for, which no rule can name; that answer keeps the every-response headers and
 * the page's own CSP meta element. These hosts compress on their own, so the .br and .gz files are left out.
 * `documentHeaders` differ only when the feedback answers go to another origin (headers.ts).
 */
export function staticHostHeaders(
  urlPaths: readonly string[],
  documentHeaders: Record<string, string> = sameOriginDocumentHeaders,
): string {
  const rule = (path: string, headers: Record<string, string>) => [
    path,
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
    '',
  ];
  const inImmutableFolder = (path: string) => immutableFolders.some((folder) => path.startsWith(folder));
  const immutableFiles = urlPaths.filter((path) => isImmutablePath(path) && !inImmutableFolder(path));
  const revalidated = urlPaths.filter((path) => !isImmutablePath(path) && !isPrecompressed(path));
  const isDocument = (path: string) => path.endsWith('/') || path.endsWith('.html');

  return [
    '# Generated at build time from src/server/headers.ts.\n',
    ...rule('/*', responseHeaders),
    ...[...immutableFolders.map((folder) => `${folder}*`), ...immutableFiles].flatMap((path) =>
      rule(path, { 'Cache-Control': cacheControl.immutable }),
    ),
    ...[...new Set(revalidated)]
      .sort()
      .flatMap((path) =>
        rule(path, { ...(isDocument(path) ? documentHeaders : {}), 'Cache-Control': cacheControl.revalidate }),
      ),
  ].join('\n');
}

/** The build's pre-compressed copies (`page.html.br`, `pagefind.js.gz`), which only nginx serves. */
const isPrecompressed = (path: string) => /\.(br|gz)$/.test(path);
