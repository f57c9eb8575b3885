// The second build of the site that the browser tests use: FEEDBACK_ENDPOINT set to the feedback service's path,
// into dist-feedback/ (see servers.ts). `npm test` makes it with `npm run build:feedback` beside the first checks, so
// the browser tests need not wait for it; Playwright's webServer for it (serve-feedback.ts) calls the same function,
// which builds only when dist-feedback/ was not built from the project's current files. It is a real Astro build,
// made in a copy of the project (fixture.ts), so it can run while `astro check` or another build writes the project's
// generated files in .astro/.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COPIED, makeFixture, projectRoot, removeFixture } from './fixture.ts';
import { feedbackBuild } from './servers.ts';

const outDir = join(projectRoot, feedbackBuild.outDir);
const newDir = join(projectRoot, `.${feedbackBuild.outDir}-new`);
/** The fingerprint of the files dist-feedback/ was built from, written when its build succeeded. */
const stampFile = join(projectRoot, `.${feedbackBuild.outDir}.sha256`);

/** A hash of everything a build in `root` reads: the project's copied files, the locked packages, the endpoint and Node. */
export function buildInputsHash(root = projectRoot): string {
  const hash = createHash('sha256').update(`${feedbackBuild.endpoint}\n${process.version}\n`);
  const files = COPIED.flatMap((name) =>
    statSync(join(root, name)).isDirectory()
      ? (readdirSync(join(root, name), { recursive: true }) as string[]).map((file) => join(name, file))
      : [name],
  );
  for (const file of files.sort()) {
    const path = join(root, file);
    if (statSync(path).isFile()) hash.update(`${file}\n`).update(readFileSync(path));
  }
  hash.update(readFileSync(join(projectRoot, 'package-lock.json')));
  return hash.digest('hex');
}

/** Builds dist-feedback/ unless it was built from the current files; rejects, with Astro's output shown, when the build fails. */
export async function ensureFeedbackBuild(): Promise<void> {
  if (existsSync(join(outDir, 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === buildInputsHash()) {
    console.log(`${feedbackBuild.outDir}/ is already built from the current files.`);
    return;
  }
  rmSync(stampFile, { force: true });
  rmSync(newDir, { recursive: true, force: true });
  const copy = makeFixture();
  try {
    // The files the copy holds, so that a file edited during the build makes the next run build again.
    const inputs = buildInputsHash(copy);
    let output = '';
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', newDir], {
        cwd: copy,
        env: { ...process.env, FEEDBACK_ENDPOINT: feedbackBuild.endpoint },
      });
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.once('error', reject);
      child.once('close', resolve);
    });
    if (code !== 0 || !existsSync(join(newDir, 'index.html'))) {
      throw new Error(`The build with FEEDBACK_ENDPOINT=${feedbackBuild.endpoint} failed (exit code ${code}):\n${output}`);
    }
    rmSync(outDir, { recursive: true, force: true });
    renameSync(newDir, outDir);
    writeFileSync(stampFile, inputs);
    console.log(`${feedbackBuild.outDir}/ built with FEEDBACK_ENDPOINT=${feedbackBuild.endpoint}.`);
  } finally {
    removeFixture(copy);
    rmSync(newDir, { recursive: true, force: true });
  }
}

if (import.meta.main) await ensureFeedbackBuild();
