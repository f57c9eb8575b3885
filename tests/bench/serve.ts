// A tiny static server for dist/ on loopback, compressing text with gzip -9 as a production host would.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const compressible = /^(text\/|application\/(json|xml|javascript))|svg/;

async function resolveFile(root: string, pathname: string): Promise<{ file: string; status: number } | undefined> {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, path);
  try {
    const info = await stat(candidate);
    if (info.isFile()) return { file: candidate, status: 200 };
    if (info.isDirectory()) {
      const index = join(candidate, 'index.html');
      if ((await stat(index)).isFile()) return { file: index, status: 200 };
    }
  } catch {
    // Falls through to the 404 page.
  }
  return undefined;
}

export function serve(root: string, port = 0): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const found = (await resolveFile(root, pathname)) ?? { file: join(root, '404.html'), status: 404 };
    let body: Buffer;
    try {
      body = await readFile(found.file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    const type = types[extname(found.file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
    if (compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(found.status, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}` });
    }),
  );
}
