// Copies of the real project for tests that break a file and run the real build.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { x } from 'tinyexec';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** What a build reads from the project, besides node_modules. */
// .gitignore too: Keystatic (the editor tests) walks the project as git sees it, and would otherwise read .astro/ while
// Astro rewrites its files there.
const COPIED = ['content', 'docs', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', '.gitignore'];

/**
 * A copy of the project in a temp folder. node_modules is a folder of links to the real packages, without the caches
 * of Vite and Astro. Astro's generated files (.astro/) are not copied either: a build in the copy writes its own, and
 * a copy taken while `astro check` or `npm run build` rewrites them could be cut short (npm test runs those beside the
 * tests that make copies). A build in a copy takes as long without them.
 */
export function makeFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'skl-fixture-'));
  for (const name of COPIED) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if (name === '.vite' || name === '.astro' || name === '.cache') continue;
    symlinkSync(join(projectRoot, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

export function removeFixture(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

export function write(dir: string, file: string, text: string): void {
  writeFileSync(join(dir, file), text);
}

/** Replaces exactly one occurrence, so a test fails loudly when the real file changes under it. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const text = read(dir, file);
  const count =
    typeof from === 'string'
      ? text.split(from).length - 1
      : (text.match(new RegExp(from.source, `${from.flags.replace('g', '')}g`)) ?? []).length;
  if (count !== 1) throw new Error(`${file}: expected one match of ${from}, found ${count}`);
  write(dir, file, text.replace(from, to));
}

const quiet = { NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' };

/** Runs Node in the copy; `output` is its stdout and stderr line by line, as they came. */
async function run(
  dir: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; output: string }> {
  const child = x(process.execPath, args, { nodeOptions: { cwd: dir, env: { ...quiet, ...env } } });
  let output = '';
  for await (const line of child) output += `${line}\n`;
  return { code: child.exitCode ?? 1, output };
}

/** Runs `npm run build`'s script with the Node that runs the tests (Node 24 under npm scripts). */
export function runBuild(dir: string): Promise<{ code: number; output: string }> {
  return run(dir, ['src/cli/build.ts']);
}

/** Runs Astro's own build, as `npx astro build` would, into a folder of its own. */
export function runAstroBuild(dir: string): Promise<{ code: number; output: string }> {
  return run(dir, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'dist-astro'], { CONTENT_CHECKED: '' });
}

/** Hashes of every file under the given folders, to prove that nothing was changed. */
export function hashTree(dir: string, folders: string[]): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const folder of folders) {
    for (const name of readdirSync(join(dir, folder), { recursive: true }) as string[]) {
      const path = join(dir, folder, name);
      try {
        hashes.set(join(folder, name), createHash('sha256').update(readFileSync(path)).digest('hex'));
      } catch {
        // folders
      }
    }
  }
  return hashes;
}
