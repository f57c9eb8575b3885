// Readers get nothing of the editor (npm run edit): no /keystatic/ or its API, no React, no editor code.
// Needs a build first (npm test runs `npm run build` before this).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { addressOf } from '../../src/lib/built-site.ts';
import { distDir, distFiles } from '../support/dist.ts';

test('no file of the build is the editor, its API or React, and no file names them', () => {
  const files = distFiles(distDir, { withPagefind: true });
  assert.ok(files.length > 20, `the build has only ${files.length} files`);
  const paths = files.map((file) => addressOf(file, distDir));
  assert.deepEqual(
    paths.filter((path) => /keystatic|\/api\/|react/i.test(path)),
    [],
  );
  const naming = files.filter(
    (file) =>
      /\.(html|js|css|txt|xml|json)$/.test(file) &&
      /keystatic|react-dom|__reactFiber|react\.production|data-keystatic|innehallskontroll|stoppar bygget/i.test(
        readFileSync(file, 'utf8'),
      ),
  );
  assert.deepEqual(
    naming.map((file) => addressOf(file, distDir)),
    [],
  );
});
