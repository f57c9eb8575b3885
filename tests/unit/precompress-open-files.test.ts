// Pre-compression keeps a bounded number of files open: under an open-file limit of 40 it compresses 300 files. Before,
// it started every file at once, and a large site failed with EMFILE.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { xSync } from 'tinyexec';

const FILES = 300;
const OPEN_FILE_LIMIT = 40;

test(`precompress writes every copy with at most ${OPEN_FILE_LIMIT} files open, for ${FILES} files`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'stod-precompress-'));
  try {
    for (let n = 0; n < FILES; n++)
      writeFileSync(join(dir, `sida-${n}.html`), `<!doctype html><p>${'Ring 112 om det är akut. '.repeat(40)}${n}</p>`);
    const modules = ['post-build-site', 'precompress'].map((name) =>
      fileURLToPath(new URL(`../../src/integrations/${name}.ts`, import.meta.url)),
    );
    const script = `
      const { runPostBuildSteps } = await import(${JSON.stringify(modules[0])});
      const { precompressStep } = await import(${JSON.stringify(modules[1])});
      const logger = { info() {}, warn() {}, error() {} };
      await runPostBuildSteps(${JSON.stringify(dir)}, [precompressStep('all', () => true)], () => logger);`;
    const run = xSync('sh', [
      '-c',
      `ulimit -n ${OPEN_FILE_LIMIT} && exec "$0" --input-type=module -e "$1"`,
      process.execPath,
      script,
    ]);
    assert.equal(run.exitCode, 0, run.stderr);
    for (let n = 0; n < FILES; n++) {
      assert.ok(existsSync(join(dir, `sida-${n}.html.br`)), `sida-${n}.html.br`);
      assert.ok(existsSync(join(dir, `sida-${n}.html.gz`)), `sida-${n}.html.gz`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
