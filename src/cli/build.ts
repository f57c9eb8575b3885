// `npm run build`: checks the content first, then builds into a temporary folder and replaces dist/ only when the
// whole build succeeded, so a failed build never leaves a half-built site where the last good one was.
// Content errors come from the content pipeline (src/content-pipeline/), in Swedish with file and line; Astro
// starts only when there are none.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { x } from 'tinyexec';
import { checkProject } from '../content-pipeline/check.ts';
import { formatContentErrors } from '../content-pipeline/errors.ts';
import { CONTENT_CHECKED_ENV } from '../integrations/content-pipeline.ts';

const root = process.cwd();
const outDir = 'dist';
const newDir = '.dist-new';
const oldDir = '.dist-old';

const { errors } = checkProject(root);
if (errors.length) {
  console.error(formatContentErrors(errors));
  process.exit(1);
}

rmSync(join(root, newDir), { recursive: true, force: true });
// The same Node that runs this script (Node 24 from the `node` package) runs Astro.
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
// Its own arguments go to Astro unread: `npm run build -- --verbose` is `astro build --verbose`.
const build = x(process.execPath, [astro, 'build', '--outDir', newDir, ...process.argv.slice(2)], {
  nodeOptions: { cwd: root, stdio: 'inherit', env: { [CONTENT_CHECKED_ENV]: '1' } },
});
void build.then(({ exitCode: code }) => {
  if (code === 0 && existsSync(join(root, newDir, 'index.html'))) {
    rmSync(join(root, oldDir), { recursive: true, force: true });
    if (existsSync(join(root, outDir))) renameSync(join(root, outDir), join(root, oldDir));
    renameSync(join(root, newDir), join(root, outDir));
    rmSync(join(root, oldDir), { recursive: true, force: true });
    console.log(`\nKlart: webbplatsen finns i ${outDir}/. Titta på den med npm run preview.`);
    process.exit(0);
  }
  rmSync(join(root, newDir), { recursive: true, force: true });
  console.error(
    [
      '',
      '══════════════════════════════════════════════════════════════',
      'BYGGET STOPPADES: innehållet har inga fel, men Astro kunde inte bygga webbplatsen. Felet står ovanför.',
      'Dina filer har inte ändrats, och den förra byggda webbplatsen i dist/ finns kvar.',
      '══════════════════════════════════════════════════════════════',
    ].join('\n'),
  );
  process.exit(code || 1);
});
