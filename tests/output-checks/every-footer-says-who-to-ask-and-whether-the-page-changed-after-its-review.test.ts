// The footer names the sidansvarig for questions about the page's content, beside where support is, and never lets
// "Senast granskad" pass for a review of the current text: a page changed after its review says so. Read from the
// built HTML of every page, against the dates in the page's own frontmatter. Needs a build first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { checkProject } from '../../src/content-pipeline/check.ts';
import { projectRoot } from '../support/fixture.ts';
import { distDir } from '../support/dist.ts';
import { uiOf } from '../support/languages.ts';

const pages = checkProject(projectRoot).content.pages;
const day = (value: unknown) => new Date(value as string | Date).getTime();

function footerOf(path: string): string {
  const document = parseDocument(readFileSync(join(distDir, path, 'index.html'), 'utf8'));
  const footer = DomUtils.findOne((element) => element.name === 'footer', document.children);
  assert.ok(footer, `${path} has a footer`);
  return DomUtils.textContent(footer).replace(/\s+/g, ' ');
}

test('a page whose text changed after its last review says so beside "Senast granskad", and no other page does', () => {
  let changed = 0;
  for (const page of pages) {
    const t = uiOf(page.path).footer;
    const footer = footerOf(page.path);
    const afterReview = day(page.data!.reviewed) < day(page.data!.updated);
    if (afterReview) changed += 1;
    assert.equal(
      footer.includes(t.changedAfterReview),
      afterReview,
      `${page.path}: reviewed ${String(page.data!.reviewed)}, updated ${String(page.data!.updated)}`,
    );
  }
  // The check can fail: today several pages changed after their review.
  assert.ok(changed > 0);
});

test('every footer says the sidansvarig is for questions about the content, and where support is', () => {
  for (const page of pages) {
    const t = uiOf(page.path).footer;
    const footer = footerOf(page.path);
    for (const text of [t.owner, t.ownerPurpose, t.support.lead, t.support.officer.text, '112', '114 14']) {
      assert.ok(footer.includes(text), `${page.path}: the footer lacks "${text}"`);
    }
  }
});
