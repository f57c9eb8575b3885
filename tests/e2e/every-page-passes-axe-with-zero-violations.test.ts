import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openPage, sitePagesWithNotFound } from './support/site-pages';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const path of sitePagesWithNotFound()) {
  test(`${path} has no axe violations (WCAG 2.2 AA and best practice)`, async ({ page }) => {
    await openPage(page, path);
    const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
    const report = violations
      .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`)
      .join('\n');
    expect(violations, `axe violations on ${path}:\n${report}`).toEqual([]);
  });
}
