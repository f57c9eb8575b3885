// Runs the real feedback service (src/feedback/server.ts) as its own process, the way `npm start` and production do,
// on a port of the tests' block (PORT_E2E + 2 … + 9), with a database and a small built site in a temporary folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { FEEDBACK_QUESTION_ID } from '../../src/lib/feedback.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const testPortBase = Number(process.env.PORT_E2E ?? 4330);

/** A folder for one test's database and site; removed with `rmSync(dir, { recursive: true })`. */
export function tempFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `stod-feedback-${name}-`));
  // nginx's workers (user nobody) read the small site from here.
  chmodSync(dir, 0o755);
  return dir;
}

/** The pages of the small site the service tests answer for; /sok/ has no feedback question, like the real one. */
export const fixturePages = ['/', '/polisanmalan/', '/stod-och-hjalp/'] as const;

/** Writes a built site in miniature: pages with the feedback question's heading, one without, and 404.html. */
export function writeFixtureSite(dir: string): string {
  const page = (title: string, question: boolean) =>
    `<!doctype html><html lang="sv"><title>${title}</title><main><h1>${title}</h1>${question ? `<h2 id="${FEEDBACK_QUESTION_ID}">Hjälpte informationen på sidan dig?</h2>` : ''}</main></html>`;
  const site = join(dir, 'site');
  for (const [path, title, question] of [
    ['/', 'Start', true],
    ['/polisanmalan/', 'Polisanmälan', true],
    ['/stod-och-hjalp/', 'Stöd och hjälp', true],
    ['/sok/', 'Sök', false],
  ] as const) {
    mkdirSync(join(site, path), { recursive: true });
    writeFileSync(join(site, path, 'index.html'), page(title, question));
  }
  writeFileSync(join(site, '404.html'), page('Sidan finns inte', false));
  return site;
}

export interface RunningService {
  url: string;
  child: ChildProcess;
  /** Everything the service wrote to stdout and stderr so far. */
  log(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM and wait. */
  stop(): Promise<void>;
}

export interface ServiceOptions {
  port: number;
  database: string;
  siteDir: string;
  rateLimit?: number;
  /** false: only the service, as behind nginx (FEEDBACK_STATIC=0). */
  serveSite?: boolean;
}

export async function startService({
  port,
  database,
  siteDir,
  rateLimit = 10_000,
  serveSite = true,
}: ServiceOptions): Promise<RunningService> {
  const child = spawn(process.execPath, ['src/feedback/server.ts'], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: String(port),
      FEEDBACK_DB: database,
      FEEDBACK_SITE_DIR: siteDir,
      FEEDBACK_RATE_LIMIT: String(rateLimit),
      FEEDBACK_STATIC: serveSite ? '1' : '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let gone = false;
  void exited.then(() => (gone = true));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (gone || attempt > 200) throw new Error(`The feedback service did not start on ${url}:\n${output}`);
    try {
      await fetch(`${url}/api/feedback`, { method: 'OPTIONS' });
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  return {
    url,
    child,
    log: () => output,
    exited,
    async stop() {
      if (!gone) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** POSTs one answer as JSON (or another body and type), from the reader address given in X-Real-IP. */
export function post(
  url: string,
  body: unknown,
  {
    type = 'application/json',
    client = '198.51.100.1',
    headers = {},
  }: { type?: string; client?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  return fetch(`${url}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': type, 'x-real-ip': client, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Reads the database as the report does: read-only, from another connection. */
export function storedAnswers(database: string): { rows: number; answers: number; byPage: Record<string, number> } {
  const db = new DatabaseSync(database, { readOnly: true });
  try {
    const all = db.prepare('SELECT page, answer, sum(count) AS count FROM answers GROUP BY page, answer').all() as {
      page: string;
      answer: string;
      count: number;
    }[];
    const rows = (db.prepare('SELECT count(*) AS rows FROM answers').get() as { rows: number }).rows;
    return {
      rows,
      answers: all.reduce((sum, row) => sum + row.count, 0),
      byPage: Object.fromEntries(all.map((row) => [`${row.page} ${row.answer}`, row.count])),
    };
  } finally {
    db.close();
  }
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
