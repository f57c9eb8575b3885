// The content pipeline makes page ids with a copy of Astro's rule (pageId in src/content-pipeline/sources.ts),
// because Astro does not export its own. This compares the copy with what Astro built, page by page.
// Needs a build first (npm test runs `npm run build` before this).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkProject } from '../../src/content-pipeline/check.ts';
import { projectRoot } from '../support/fixture.ts';
import { sitePages } from '../support/dist.ts';

test('every page the pipeline checks is a page Astro built, and no other', () => {
  const built = sitePages();
  const checked = checkProject(projectRoot).content.pages.map((page) => page.path).sort();
  assert.deepEqual(checked, built);
});
