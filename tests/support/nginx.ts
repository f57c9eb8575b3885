// Runs Debian's nginx with the repository's server block on loopback, unprivileged and without system paths.
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { nginxServerBlock } from '../../src/server/nginx.ts';
import { distDir } from './dist.ts';

const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Where Debian's libnginx-mod-http-brotli-static puts the module; a config of our own must load it itself. */
export const brotliStaticModule =
  process.env.NGINX_BROTLI_MODULE ?? '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

interface NginxTestOptions {
  port: number;
  root: string;
  /**
   * The user nginx's workers run as when nginx is started by root (otherwise nobody), so that they can read a build
   * that lies in a folder only its owner may enter, such as a clone in `mktemp -d`.
   */
  workerUser?: string;
  /** A writable folder for the pid file, logs and temporary files, so nginx needs no system paths. */
  prefix: string;
  mimeTypes?: string;
  /** Extra `http`-level directives, e.g. for a benchmark. */
  httpDirectives?: readonly string[];
  /** `host:port` of a feedback service to proxy /api/feedback to. */
  feedbackService?: string;
}

/** A complete nginx.conf around the production server block, runnable unprivileged on loopback. */
export function nginxTestConfig({
  port,
  root,
  prefix,
  mimeTypes = '/etc/nginx/mime.types',
  httpDirectives = [],
  feedbackService,
  workerUser,
}: NginxTestOptions): string {
  return [
    `load_module ${brotliStaticModule};`,
    ...(workerUser ? [`user ${workerUser};`] : []),
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    'error_log stderr warn;',
    'events { worker_connections 1024; }',
    'http {',
    `    include ${mimeTypes};`,
    '    default_type application/octet-stream;',
    '    access_log off;',
    '    log_not_found off;',
    '    sendfile on;',
    ...httpDirectives.map((directive) => `    ${directive};`),
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${prefix}/${kind};`),
    nginxServerBlock({ listen: [`127.0.0.1:${port}`], root, feedbackService }).replace(/^/gm, '    '),
    '}',
    '',
  ].join('\n');
}

export interface RunningNginx {
  url: string;
  /** Resolves when nginx has exited. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

async function waitUntilServing(url: string, exited: Promise<unknown>): Promise<void> {
  let stopped = false;
  void exited.then(() => (stopped = true));
  for (let attempt = 0; attempt < 100 && !stopped; attempt++) {
    try {
      await fetch(url, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`nginx svarar inte på ${url}`);
}

export async function startNginx({
  port,
  root = distDir,
  httpDirectives,
  feedbackService,
}: {
  port: number;
  root?: string;
  httpDirectives?: readonly string[];
  /** `host:port` of the feedback service behind /api/feedback; nginx then sends each page in its version with the service. */
  feedbackService?: string;
}): Promise<RunningNginx> {
  // A fixed folder per port: a run that was killed leaves nothing behind that the next run does not replace.
  const prefix = `${tmpdir()}/stod-nginx-${port}`;
  await rm(prefix, { recursive: true, force: true });
  await mkdir(prefix, { recursive: true });
  // As root (CI), the workers stay root: a clone may lie in a folder that nobody, nginx's default user, cannot enter.
  const workerUser = process.getuid?.() === 0 ? 'root' : undefined;
  await writeFile(
    `${prefix}/nginx.conf`,
    nginxTestConfig({ port, root, prefix, httpDirectives, feedbackService, workerUser }),
  );

  const child = spawn(nginxPath, ['-p', prefix, '-c', `${prefix}/nginx.conf`, '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(`${url}/`, exited);

  return {
    url,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
      await exited.catch(() => undefined);
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
