// Headings are written in Markdown (## and ###), which gives each an ASCII address and a section link; the page's
// one h1 is its title.
import type { ContentRule } from '../content.ts';
import type { ContentError } from '../errors.ts';

export const headings: ContentRule = (content) => {
  const errors: ContentError[] = [];
  for (const page of content.pages) {
    for (const heading of page.parts.headings) {
      const hashes = '#'.repeat(Math.max(heading.depth, 2));
      if (heading.jsx) {
        errors.push({
          file: page.file,
          line: heading.line,
          problem: `rubriken "${heading.text}" är skriven som <h${heading.depth}>, så den får ingen adress och ingen länk till avsnittet`,
          expected: `en rubrik i Markdown: ${hashes} ${heading.text}`,
        });
      } else if (heading.depth === 1) {
        errors.push({
          file: page.file,
          line: heading.line,
          problem: `rubriken "# ${heading.text}" är en huvudrubrik, men sidans huvudrubrik är redan title`,
          expected: `## ${heading.text} för ett avsnitt`,
        });
      }
    }
  }
  return errors;
};
