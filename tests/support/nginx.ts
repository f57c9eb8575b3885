// Runs Debian's nginx with the repository's server block on loopback, unprivileged and without system paths.
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { nginxTestConfig } from '../../src/server/nginx.ts';

const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
import { distDir } from './dist.ts';

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
  /** `host:port` of the feedback service behind /api/feedback. */
  feedbackService?: string;
}): Promise<RunningNginx> {
  // A fixed folder per port: a run that was killed leaves nothing behind that the next run does not replace.
  const prefix = `${tmpdir()}/stod-nginx-${port}`;
  await rm(prefix, { recursive: true, force: true });
  await mkdir(prefix, { recursive: true });
  // As root (CI), the workers stay root: a clone may lie in a folder that nobody, nginx's default user, cannot enter.
  const workerUser = process.getuid?.() === 0 ? 'root' : undefined;
  await writeFile(`${prefix}/nginx.conf`, nginxTestConfig({ port, root, prefix, httpDirectives, feedbackService, workerUser }));

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
