// Playwright's webServer for the editor tests (tests/editor/): `npm run edit` on a copy of the project, so that the
// tests' saves change the copy and never the real content. The copy's folder is written to editorFixtureFile for
// the tests to read; both go when the server stops.
import { spawn } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorServer } from './servers.ts';
import { makeFixture, projectRoot, removeFixture } from './fixture.ts';

const dir = makeFixture();
// The copy's node_modules links to the real packages. Vite serves the browser files of these two scopes by their own
// paths (the editor's page and React's hydration script), so they are copied in; the rest it bundles first.
for (const scope of ['@keystatic', '@astrojs']) {
  rmSync(join(dir, 'node_modules', scope));
  cpSync(join(projectRoot, 'node_modules', scope), join(dir, 'node_modules', scope), {
    recursive: true,
    dereference: true,
  });
}
writeFileSync(editorServer.fixtureFile, dir);
const editor = spawn(
  process.execPath,
  [
    'node_modules/astro/bin/astro.mjs',
    'dev',
    '--config',
    'src/editor/astro.config.ts',
    '--port',
    String(editorServer.port),
    '--host',
    '127.0.0.1',
  ],
  {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  },
);

function stop() {
  editor.kill('SIGTERM');
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, stop);
editor.once('close', (code) => {
  removeFixture(dir);
  rmSync(editorServer.fixtureFile, { force: true });
  process.exit(code ?? 0);
});
