// The content pipeline makes page ids with a copy of Astro's rule (pageId in src/content-pipeline/sources.ts),
// because Astro does not export its own. This compares the copy with what Astro built, page by page.
// Needs a build first (npm test runs `npm run build` before this).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkProject } from '../../src/content-pipeline/check.ts';
import { projectRoot } from '../support/fixture.ts';

test('every page the pipeline checks is a page Astro built, and no other', () => {
  const dist = join(projectRoot, 'dist');
  assert.ok(existsSync(join(dist, 'index.html')), 'run npm run build first');
  const built = (readdirSync(dist, { recursive: true }) as string[])
    .map((name) => name.split('\\').join('/'))
    .filter((name) => name === 'index.html' || name.endsWith('/index.html'))
    .map((name) => `/${name.replace(/index\.html$/, '')}`)
    .sort();
  const checked = checkProject(projectRoot).content.pages.map((page) => page.path).sort();
  assert.deepEqual(checked, built);
});
